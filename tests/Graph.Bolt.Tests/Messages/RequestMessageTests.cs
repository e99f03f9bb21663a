using System.Buffers;
using Graph.Bolt.Messages;
using Graph.Bolt.PackStream;
using Graph.Bolt.Tests.Support;

namespace Graph.Bolt.Tests.Messages;

/// <summary>Requests, byte for byte (Bolt message spec and appendices for 4.4 and 5.x).</summary>
public sealed class RequestMessageTests
{
    private static readonly AuthToken Basic = AuthToken.Basic("neo4j", "s3cret!");

    [Fact]
    public void Signatures_are_the_bytes_of_the_specification()
    {
        new Dictionary<MessageSignature, byte>
        {
            [MessageSignature.Hello] = 0x01, [MessageSignature.Goodbye] = 0x02, [MessageSignature.Reset] = 0x0F,
            [MessageSignature.Run] = 0x10, [MessageSignature.Begin] = 0x11, [MessageSignature.Commit] = 0x12,
            [MessageSignature.Rollback] = 0x13, [MessageSignature.Discard] = 0x2F, [MessageSignature.Pull] = 0x3F,
            [MessageSignature.Route] = 0x66, [MessageSignature.Logon] = 0x6A, [MessageSignature.Logoff] = 0x6B,
            [MessageSignature.Success] = 0x70, [MessageSignature.Record] = 0x71, [MessageSignature.Ignored] = 0x7E,
            [MessageSignature.Failure] = 0x7F,
        }.Should().AllSatisfy(pair => ((byte)pair.Key).Should().Be(pair.Value));
    }

    [Fact]
    public void HELLO_begins_B1_01_and_a_dictionary()
    {
        var bytes = Write(new HelloMessage("Graph/1.0", Basic), BoltProtocolVersion.V54);
        Hex.Of(bytes.AsSpan(0, 2)).Should().Be("B1 01");
        (bytes[2] & 0xF0).Should().Be(0xA0);
    }

    [Fact]
    public void HELLO_in_4_4_carries_the_credentials_and_asks_for_the_utc_patch()
    {
        var extra = Fields(Write(new HelloMessage("Graph/1.0", Basic), BoltProtocolVersion.V44)).Single().As<IReadOnlyDictionary<string, object?>>();
        extra.Should().ContainKeys("user_agent", "scheme", "principal", "credentials", "patch_bolt");
        extra["scheme"].Should().Be("basic");
        extra["credentials"].Should().Be("s3cret!");
        extra["patch_bolt"].Should().BeEquivalentTo(new[] { "utc" });
        extra.Should().NotContainKey("bolt_agent").And.NotContainKey("routing");
    }

    [Fact]
    public void HELLO_in_5_0_carries_the_credentials_without_the_patch()
    {
        var extra = Fields(Write(new HelloMessage("Graph/1.0", Basic), BoltProtocolVersion.V50)).Single().As<IReadOnlyDictionary<string, object?>>();
        extra.Keys.Should().BeEquivalentTo("user_agent", "scheme", "principal", "credentials");
    }

    [Fact]
    public void HELLO_from_5_1_leaves_the_credentials_to_LOGON()
    {
        var extra = Fields(Write(new HelloMessage("Graph/1.0", Basic), BoltProtocolVersion.V51)).Single().As<IReadOnlyDictionary<string, object?>>();
        extra.Keys.Should().BeEquivalentTo("user_agent");
    }

    [Fact]
    public void HELLO_from_5_3_carries_the_bolt_agent_and_from_5_2_the_notification_filter()
    {
        var hello = new HelloMessage(
            "Graph/1.0",
            Basic,
            new Dictionary<string, object?> { ["address"] = "db:7687" },
            new NotificationFilter("WARNING", ["HINT"]));
        var extra = Fields(Write(hello, BoltProtocolVersion.V54)).Single().As<IReadOnlyDictionary<string, object?>>();

        extra.Keys.Should().BeEquivalentTo(
            "user_agent", "routing", "bolt_agent", "notifications_minimum_severity", "notifications_disabled_categories");
        extra["bolt_agent"].As<IReadOnlyDictionary<string, object?>>()["product"].Should().Be("Graph/1.0");
        extra["routing"].As<IReadOnlyDictionary<string, object?>>()["address"].Should().Be("db:7687");

        var v51 = Fields(Write(hello, BoltProtocolVersion.V51)).Single().As<IReadOnlyDictionary<string, object?>>();
        v51.Keys.Should().BeEquivalentTo("user_agent", "routing");
    }

    [Fact]
    public void LOGON_is_B1_6A_with_scheme_principal_and_credentials()
    {
        Hex.Of(Write(new LogonMessage(Basic), BoltProtocolVersion.V51)).Should().Be(
            "B1 6A A3 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 85 6E 65 6F 34 6A 8B 63 72 65 64 65 6E 74 69 61 6C 73 87 73 33 63 72 65 74 21");
    }

    [Fact]
    public void Secrets_never_appear_in_ToString()
    {
        new HelloMessage("Graph/1.0", Basic).ToString().Should().NotContain("s3cret").And.Contain("neo4j");
        new LogonMessage(Basic).ToString().Should().NotContain("s3cret");
        Basic.ToString().Should().NotContain("s3cret").And.Contain("******");
    }

    [Fact]
    public void Messages_without_fields_are_B0_and_the_signature()
    {
        Hex.Of(Write(GoodbyeMessage.Instance, BoltProtocolVersion.V54)).Should().Be("B0 02");
        Hex.Of(Write(ResetMessage.Instance, BoltProtocolVersion.V54)).Should().Be("B0 0F");
        Hex.Of(Write(CommitMessage.Instance, BoltProtocolVersion.V54)).Should().Be("B0 12");
        Hex.Of(Write(RollbackMessage.Instance, BoltProtocolVersion.V54)).Should().Be("B0 13");
        Hex.Of(Write(LogoffMessage.Instance, BoltProtocolVersion.V54)).Should().Be("B0 6B");
    }

    [Fact]
    public void RUN_is_B3_10_query_parameters_and_extra()
    {
        var run = new RunMessage("RETURN $x", new Dictionary<string, object?> { ["x"] = 1L }, autoCommit: null);
        Hex.Of(Write(run, BoltProtocolVersion.V54)).Should().Be("B3 10 89 52 45 54 55 52 4E 20 24 78 A1 81 78 01 A0");
    }

    [Fact]
    public void RUN_in_auto_commit_carries_db_bookmarks_mode_and_imp_user()
    {
        var config = new TransactionConfig
        {
            Database = "news",
            Bookmarks = ["bm:1"],
            Mode = AccessMode.Read,
            ImpersonatedUser = "reader",
            Timeout = TimeSpan.FromSeconds(2),
            Metadata = new Dictionary<string, object?> { ["app"] = "graph" },
        };
        var extra = (IReadOnlyDictionary<string, object?>)Fields(Write(new RunMessage("RETURN 1", null, config), BoltProtocolVersion.V54))[2]!;

        extra["db"].Should().Be("news");
        extra["bookmarks"].Should().BeEquivalentTo(new[] { "bm:1" });
        extra["mode"].Should().Be("r");
        extra["imp_user"].Should().Be("reader");
        extra["tx_timeout"].Should().Be(2000L);
        extra["tx_metadata"].As<IReadOnlyDictionary<string, object?>>()["app"].Should().Be("graph");
    }

    [Fact]
    public void Write_mode_is_the_default_and_is_left_out()
    {
        var extra = (IReadOnlyDictionary<string, object?>)Fields(Write(new BeginMessage(new TransactionConfig { Database = "neo4j" }), BoltProtocolVersion.V44))[0]!;
        extra.Keys.Should().BeEquivalentTo("db");
    }

    [Fact]
    public void PULL_and_DISCARD_carry_n_and_qid()
    {
        Hex.Of(Write(new PullMessage(1000), BoltProtocolVersion.V54)).Should().Be("B1 3F A1 81 6E C9 03 E8");
        Hex.Of(Write(new PullMessage(-1), BoltProtocolVersion.V44)).Should().Be("B1 3F A1 81 6E FF");
        Hex.Of(Write(new PullMessage(5, 2), BoltProtocolVersion.V54)).Should().Be("B1 3F A2 81 6E 05 83 71 69 64 02");
        Hex.Of(Write(new DiscardMessage(), BoltProtocolVersion.V54)).Should().Be("B1 2F A1 81 6E FF");
        FluentActions.Invoking(() => new PullMessage(0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ROUTE_from_4_4_has_an_extra_dictionary_with_db_and_imp_user()
    {
        var context = new Dictionary<string, object?> { ["address"] = "a:7687" };
        var fields = Fields(Write(new RouteMessage(context, ["bm"], "news", "someone"), BoltProtocolVersion.V44));

        Hex.Of(Write(new RouteMessage(context, [], null), BoltProtocolVersion.V54).AsSpan(0, 2)).Should().Be("B3 66");
        fields[0].As<IReadOnlyDictionary<string, object?>>()["address"].Should().Be("a:7687");
        fields[1].Should().BeEquivalentTo(new[] { "bm" });
        fields[2].As<IReadOnlyDictionary<string, object?>>().Should().BeEquivalentTo(new Dictionary<string, object?> { ["db"] = "news", ["imp_user"] = "someone" });
        Hex.Of(Write(new RouteMessage(context, [], null), BoltProtocolVersion.V54).AsSpan()[^1..]).Should().Be("A0");
    }

    [Fact]
    public void ROUTE_in_4_3_sends_db_as_a_plain_string()
    {
        var fields = Fields(Write(new RouteMessage(new Dictionary<string, object?>(), [], "news"), new BoltProtocolVersion(4, 3)));
        fields[2].Should().Be("news");
    }

    private static byte[] Write(IRequestMessage message, BoltProtocolVersion version)
    {
        var buffer = new ArrayBufferWriter<byte>();
        message.WriteTo(new PackStreamWriter(buffer), version);
        return buffer.WrittenSpan.ToArray();
    }

    private static List<object?> Fields(byte[] bytes)
    {
        var reader = new PackStreamReader(bytes);
        var count = reader.ReadStructureHeader(out _);
        var fields = Enumerable.Range(0, count).Select(_ => reader.ReadValue()).ToList();
        reader.Remaining.Should().Be(0);
        return fields;
    }
}
