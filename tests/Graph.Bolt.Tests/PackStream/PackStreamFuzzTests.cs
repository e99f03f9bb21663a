using CsCheck;
using Graph.Bolt.PackStream;

namespace Graph.Bolt.Tests.PackStream;

/// <summary>
/// Whatever bytes a server (or something posing as one) sends, the decoder answers with a value or a protocol error:
/// never another exception, never a hang, and never memory beyond what the bytes themselves can hold.
/// </summary>
public sealed class PackStreamFuzzTests
{
    /// <summary>Bytes weighted towards markers (lists, maps, structures, strings with large sizes) and their sizes.</summary>
    private static readonly Gen<byte[]> Hostile = Gen.Frequency(
        (3, Gen.Byte),
        (2, Gen.OneOfConst<byte>(0x90, 0x9F, 0xA0, 0xAF, 0xB0, 0xBF, 0xD0, 0xD1, 0xD2, 0xD4, 0xD5, 0xD6, 0xD8, 0xD9, 0xDA, 0xCC, 0xCD, 0xCE, 0xC8, 0xC9, 0xCA, 0xCB, 0xC1, 0x7F, 0xFF)))
        .Array[0, 200];

    [Fact]
    public void Any_bytes_decode_to_a_value_or_a_protocol_error_in_memory_bounded_by_their_length()
    {
        Hostile.Sample(bytes =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var reader = new PackStreamReader(bytes);
                while (reader.Remaining > 0) reader.ReadValue();
            }
            catch (BoltProtocolException)
            {
                // The answer for bytes that are not PackStream.
            }
            // Every value takes at least one byte, so what decoding allocates is bounded by the input, not by its claims.
            (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(64_000 + bytes.Length * 200L);
        }, iter: 50_000);
    }

    [Fact]
    public void A_size_far_beyond_the_data_is_refused_before_anything_is_allocated_for_it()
    {
        // A list, a map, a string and a byte array each claiming 2^31 - 1 items, with one byte behind the claim.
        foreach (var marker in new byte[] { 0xD6, 0xDA, 0xD2, 0xCE })
        {
            byte[] bytes = [marker, 0x7F, 0xFF, 0xFF, 0xFF, 0x01];
            var act = () => new PackStreamReader(bytes).ReadValue();
            act.Should().Throw<BoltProtocolException>().WithMessage("*truncated*");
            // Measured on a second decode, so that loading types and building the first exception do not count.
            Decode(bytes);
            Decode(bytes).Should().BeLessThan(100_000);
        }
    }

    /// <summary>Bytes allocated on this thread to decode <paramref name="bytes"/> (and build the exception it throws).</summary>
    private static long Decode(byte[] bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            new PackStreamReader(bytes).ReadValue();
        }
        catch (BoltProtocolException)
        {
        }
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
