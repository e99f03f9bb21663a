using Graph.Bolt.Connection;
using Graph.Bolt.Messages;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Connection;

/// <summary>The handshake (Bolt handshake spec): magic, four proposals, one answer.</summary>
public sealed class HandshakeTests
{
    [Fact]
    public void The_request_is_the_magic_then_5_4_down_to_5_0_then_4_4_then_two_empty_slots()
    {
        Hex.Of(BoltHandshake.CreateRequest()).Should().Be("60 60 B0 17 00 04 04 05 00 00 04 04 00 00 00 00 00 00 00 00");
    }

    [Theory]
    [InlineData("00 00 04 05", 5, 4)]
    [InlineData("00 00 00 05", 5, 0)]
    [InlineData("00 00 02 05", 5, 2)]
    [InlineData("00 00 04 04", 4, 4)]
    public void The_server_picks_one_of_the_offered_versions(string answer, int major, int minor)
    {
        BoltHandshake.ParseResponse(Hex.Bytes(answer)).Should().Be(new BoltProtocolVersion(major, minor));
    }

    [Fact]
    public void No_agreed_version_is_refused_with_a_clear_error()
    {
        var act = () => BoltHandshake.ParseResponse(Hex.Bytes("00 00 00 00"));
        act.Should().Throw<BoltProtocolException>().WithMessage("*none of the offered Bolt versions*4.4*");
    }

    [Fact]
    public void An_http_server_is_recognised()
    {
        var act = () => BoltHandshake.ParseResponse("HTTP"u8);
        act.Should().Throw<BoltProtocolException>().WithMessage("*HTTP*7687*");
    }

    [Theory]
    [InlineData("00 00 03 04")]
    [InlineData("00 00 05 05")]
    [InlineData("00 00 01 FF")]
    [InlineData("00 00 00 03")]
    [InlineData("01 00 04 05")]
    public void A_version_that_was_not_offered_is_refused(string answer)
    {
        var act = () => BoltHandshake.ParseResponse(Hex.Bytes(answer));
        act.Should().Throw<BoltProtocolException>().WithMessage("*not one of the offered versions*");
    }

    [Fact]
    public void Versions_compare_and_print_as_major_dot_minor()
    {
        (BoltProtocolVersion.V44 < BoltProtocolVersion.V50).Should().BeTrue();
        (BoltProtocolVersion.V54 >= BoltProtocolVersion.V51).Should().BeTrue();
        BoltProtocolVersion.V53.ToString().Should().Be("5.3");
    }
}
