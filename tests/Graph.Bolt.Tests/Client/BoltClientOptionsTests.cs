using Graph.Bolt.Client;
using Graph.Bolt.Connection;

namespace Graph.Bolt.Tests.Client;

/// <summary>Options and URIs: schemes, validation, environment variables, and no password in text.</summary>
public sealed class BoltClientOptionsTests
{
    [Theory]
    [InlineData("bolt://localhost", false, BoltEncryption.None, 7687)]
    [InlineData("bolt+s://db.example:7000", false, BoltEncryption.Verified, 7000)]
    [InlineData("bolt+ssc://db", false, BoltEncryption.TrustAny, 7687)]
    [InlineData("neo4j://db", true, BoltEncryption.None, 7687)]
    [InlineData("neo4j+s://db", true, BoltEncryption.Verified, 7687)]
    [InlineData("NEO4J+SSC://db:1", true, BoltEncryption.TrustAny, 1)]
    public void Schemes_say_routing_and_encryption(string uri, bool routing, BoltEncryption encryption, int port)
    {
        var parsed = BoltUri.Parse(new Uri(uri));
        parsed.Routing.Should().Be(routing);
        parsed.Encryption.Should().Be(encryption);
        parsed.Address.Port.Should().Be(port);
        (parsed.RoutingContext is not null).Should().Be(routing);
    }

    [Theory]
    [InlineData("http://db:7474", "unsupported URI scheme")]
    [InlineData("bolt://db?region=eu", "routing context")]
    [InlineData("bolt://user:pw@db", "not in the URI")]
    public void Bad_uris_are_argument_errors(string uri, string message)
    {
        var act = () => BoltClient.Create(new BoltClientOptions { Uri = new Uri(uri) });
        act.Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Bad_settings_are_argument_errors()
    {
        var uri = new Uri("bolt://db");
        FluentActions.Invoking(() => BoltClient.Create(new BoltClientOptions { Uri = uri, ReadTimeout = TimeSpan.Zero })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BoltClient.Create(new BoltClientOptions { Uri = uri, FetchSize = 0 })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BoltClient.Create(new BoltClientOptions { Uri = uri, MaxConnectionPoolSize = 0 })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BoltClient.Create(new BoltClientOptions { Uri = uri, Password = "x" })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => BoltClient.Create(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_trusted_root_belongs_to_the_verified_schemes()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=root", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var root = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        FluentActions.Invoking(() => BoltClient.Create(new BoltClientOptions { Uri = new Uri("bolt+ssc://db"), TrustedRootCertificate = root }))
            .Should().Throw<ArgumentException>().WithMessage("*+s schemes*");
        FluentActions.Invoking(() => BoltClient.Create(new BoltClientOptions { Uri = new Uri("neo4j+s://db"), TrustedRootCertificate = root }))
            .Should().NotThrow();
    }

    [Fact]
    public void The_routing_context_is_the_address_and_the_query_string()
    {
        BoltUri.Parse(new Uri("neo4j://Db.Example:7688?policy=fast&region=eu%20west")).RoutingContext.Should().BeEquivalentTo(
            new Dictionary<string, object?> { ["address"] = "db.example:7688", ["policy"] = "fast", ["region"] = "eu west" });
    }

    [Fact]
    public void Options_come_from_the_variables_of_neo4j_tools()
    {
        var variables = new Dictionary<string, string>
        {
            ["NEO4J_URI"] = "neo4j+s://cluster.example",
            ["NEO4J_USERNAME"] = "graph",
            ["NEO4J_PASSWORD"] = "secret-value",
            ["NEO4J_DATABASE"] = "news",
        };
        var options = BoltClientOptions.FromEnvironment(name => variables.GetValueOrDefault(name));

        options.Uri.Should().Be(new Uri("neo4j+s://cluster.example"));
        options.User.Should().Be("graph");
        options.Password.Should().Be("secret-value");
        options.Database.Should().Be("news");
        options.ToString().Should().NotContain("secret-value").And.Contain("******");
        BoltClientOptions.FromEnvironment(_ => null).Uri.Should().Be(new Uri("neo4j://localhost:7687"));
    }
}
