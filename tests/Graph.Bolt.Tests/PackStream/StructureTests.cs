using Graph.Bolt.PackStream;
using Graph.Bolt.Tests.Support;
using Graph.Bolt.Values;

namespace Graph.Bolt.Tests.PackStream;

/// <summary>Structures (structure semantics): tags, field counts per version, and conversions to .NET types.</summary>
public sealed class StructureTests
{
    private static readonly PackStreamOptions Bolt44 = new(UtcDateTime: false, ElementIds: false);

    [Fact]
    public void The_node_example_of_the_specification_is_B4_4E_and_its_fields()
    {
        // Node(id = 3, labels = ["Example", "Node"], properties = {"name": "example"}, element_id = "abc123")
        var node = new BoltNode(3, ["Example", "Node"], new Dictionary<string, object?> { ["name"] = "example" }, "abc123");
        const string hex = "B4 4E 03 92 87 45 78 61 6D 70 6C 65 84 4E 6F 64 65 A1 84 6E 61 6D 65 87 65 78 61 6D 70 6C 65 86 61 62 63 31 32 33";

        Hex.Pack(node).Should().Be(hex);
        Hex.Unpack(Hex.Bytes(hex)).Should().BeEquivalentTo(node);
    }

    [Fact]
    public void A_4x_node_has_three_fields_and_no_element_id()
    {
        var node = new BoltNode(3, ["Example"], new Dictionary<string, object?>(), null);
        var bytes = Hex.PackBytes(node, Bolt44);

        Hex.Of(bytes.AsSpan(0, 2)).Should().Be("B3 4E");
        Hex.Unpack(bytes).Should().BeEquivalentTo(node);
    }

    [Fact]
    public void Relationships_have_five_fields_in_4x_and_eight_in_5x()
    {
        var relationship = new BoltRelationship(9, 1, 2, "KNOWS", new Dictionary<string, object?> { ["since"] = 2020L }, "r9", "n1", "n2");

        Hex.Of(Hex.PackBytes(relationship).AsSpan(0, 2)).Should().Be("B8 52");
        Hex.Unpack(Hex.PackBytes(relationship)).Should().BeEquivalentTo(relationship);
        Hex.Of(Hex.PackBytes(relationship, Bolt44).AsSpan(0, 2)).Should().Be("B5 52");
        Hex.Unpack(Hex.PackBytes(relationship, Bolt44)).Should().BeEquivalentTo(relationship with { ElementId = null, StartNodeElementId = null, EndNodeElementId = null });
    }

    [Fact]
    public void A_path_round_trips_with_its_nodes_unbound_relationships_and_indices()
    {
        var alice = new BoltNode(1, ["Person"], new Dictionary<string, object?> { ["name"] = "Alice" }, "n1");
        var bob = new BoltNode(2, ["Person"], new Dictionary<string, object?> { ["name"] = "Bob" }, "n2");
        var knows = new BoltUnboundRelationship(7, "KNOWS", new Dictionary<string, object?>(), "r7");
        var path = new BoltPath([alice, bob], [knows], [1, 1]);

        var bytes = Hex.PackBytes(path);
        Hex.Of(bytes.AsSpan(0, 2)).Should().Be("B3 50");
        Hex.Unpack(bytes).Should().BeEquivalentTo(path);
    }

    [Fact]
    public void Temporal_and_spatial_structures_have_their_tags_and_fields()
    {
        Hex.Pack(new BoltDate(19000)).Should().Be("B1 44 C9 4A 38");
        Hex.Pack(new BoltTime(3_600_000_000_000, 3600)).Should().Be("B2 54 CB 00 00 03 46 30 B8 A0 00 C9 0E 10");
        Hex.Pack(new BoltLocalTime(1)).Should().Be("B1 74 01");
        Hex.Pack(new BoltDateTime(1, 2, 3)).Should().Be("B3 49 01 02 03");
        Hex.Pack(new BoltDateTimeZoneId(1, 2, "UTC")).Should().Be("B3 69 01 02 83 55 54 43");
        Hex.Pack(new BoltLocalDateTime(1, 2)).Should().Be("B2 64 01 02");
        Hex.Pack(new BoltDuration(14, 3, 5, 500)).Should().Be("B4 45 0E 03 05 C9 01 F4");
        Hex.Pack(new BoltPoint2D(7203, 1.0, 2.0)).Should().Be("B3 58 C9 1C 23 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00");
        Hex.Pack(new BoltPoint3D(9157, 0.0, 0.0, 0.0)).Should().StartWith("B4 59 C9 23 C5 C1");
    }

    public static TheoryData<object> EveryStructure() =>
    [
        new BoltDate(-1),
        new BoltTime(86_399_999_999_999, -18000),
        new BoltLocalTime(43_200_000_000_000),
        new BoltDateTime(1_700_000_000, 123_456_789, 7200),
        new BoltDateTimeZoneId(1_700_000_000, 5, "Europe/Stockholm"),
        new BoltLocalDateTime(-86_400, 999_999_999),
        new BoltDuration(-1, 40, -3, 999),
        new BoltPoint2D(4326, 18.07, 59.33),
        new BoltPoint3D(4979, 18.07, 59.33, 12.5),
        new BoltStructure(0x56, ["vector", 1L]),
    ];

    [Theory]
    [MemberData(nameof(EveryStructure))]
    public void Every_structure_round_trips(object value)
    {
        Hex.Unpack(Hex.PackBytes(value)).Should().BeEquivalentTo(value);
    }

    [Fact]
    public void DateOnly_is_written_as_a_Date_structure_of_days_since_the_epoch()
    {
        Hex.Pack(new DateOnly(1970, 1, 2)).Should().Be("B1 44 01");
        Hex.Pack(new DateOnly(1969, 12, 31)).Should().Be("B1 44 FF");
        var date = (BoltDate)Hex.Unpack(Hex.PackBytes(new DateOnly(2024, 2, 29)))!;
        date.ToDateOnly().Should().Be(new DateOnly(2024, 2, 29));
        date.ToString().Should().Be("2024-02-29");
    }

    [Fact]
    public void Other_dotnet_temporal_values_map_to_their_structures()
    {
        Hex.Unpack(Hex.PackBytes(new TimeOnly(13, 45, 30))).Should().Be(new BoltLocalTime(49_530_000_000_000));
        Hex.Unpack(Hex.PackBytes(new DateTimeOffset(1970, 1, 1, 2, 0, 0, TimeSpan.FromHours(2)))).Should().Be(new BoltDateTime(0, 0, 7200));
        Hex.Unpack(Hex.PackBytes(new DateTime(1970, 1, 1, 0, 0, 1, DateTimeKind.Utc))).Should().Be(new BoltDateTime(1, 0, 0));
        Hex.Unpack(Hex.PackBytes(new DateTime(1970, 1, 1, 0, 0, 1, DateTimeKind.Unspecified))).Should().Be(new BoltLocalDateTime(1, 0));
        Hex.Unpack(Hex.PackBytes(TimeSpan.FromSeconds(-1.5))).Should().Be(new BoltDuration(0, 0, -2, 500_000_000));
    }

    [Fact]
    public void Conversions_back_to_dotnet_keep_the_instant_and_the_offset()
    {
        var instant = new DateTimeOffset(2024, 5, 1, 12, 30, 15, TimeSpan.FromHours(-5)).AddTicks(1234567);
        BoltDateTime.FromDateTimeOffset(instant).ToDateTimeOffset().Should().Be(instant);
        BoltDateTime.FromDateTimeOffset(instant).ToDateTimeOffset().Offset.Should().Be(TimeSpan.FromHours(-5));

        var local = new DateTime(1901, 3, 4, 5, 6, 7).AddTicks(89);
        BoltLocalDateTime.FromDateTime(local).ToDateTime().Should().Be(local);
        new BoltTime(3_600_000_000_100, 60).ToTimeOnly().Should().Be(new TimeOnly(1, 0, 0).Add(TimeSpan.FromTicks(1)));
        new BoltDuration(14, 3, 5, 500_000_000).ToString().Should().Be("P14M3DT5.5S");
    }

    [Fact]
    public void Legacy_datetime_46_counts_local_seconds_and_is_read_as_UTC()
    {
        // 1970-01-01T02:00:00+02:00 is 0 seconds UTC, 7200 local seconds.
        Hex.Unpack(Hex.Bytes("B3 46 C9 1C 20 00 C9 1C 20")).Should().Be(new BoltDateTime(0, 0, 7200));
        Hex.Pack(new BoltDateTime(0, 0, 7200), Bolt44).Should().Be("B3 46 C9 1C 20 00 C9 1C 20");
        Hex.Pack(new BoltDateTime(0, 0, 7200), Bolt44 with { UtcDateTime = true }).Should().Be("B3 49 00 00 C9 1C 20");
    }

    [Fact]
    public void Legacy_zoned_datetime_66_is_kept_as_received()
    {
        Hex.Unpack(Hex.Bytes("B3 66 01 02 83 55 54 43")).Should().Be(new BoltLegacyDateTimeZoneId(1, 2, "UTC"));
        Hex.Pack(new BoltDateTimeZoneId(0, 0, "Etc/GMT-2"), Bolt44).Should().Be("B3 66 C9 1C 20 00 89 45 74 63 2F 47 4D 54 2D 32");
    }

    [Fact]
    public void A_known_tag_with_the_wrong_number_of_fields_is_a_protocol_error()
    {
        var act = () => Hex.Unpack(Hex.Bytes("B2 44 01 02"));
        act.Should().Throw<BoltProtocolException>().WithMessage("*0x44*2 fields*");
    }

    [Fact]
    public void A_field_of_the_wrong_type_is_a_protocol_error()
    {
        var act = () => Hex.Unpack(Hex.Bytes("B1 44 81 61"));
        act.Should().Throw<BoltProtocolException>().WithMessage("Date.days should be an integer*");
    }
}
