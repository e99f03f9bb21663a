using System.Globalization;

namespace Graph.Bolt.Connection;

/// <summary>A server address, <c>host:port</c>, as in URIs and routing tables.</summary>
public sealed record BoltAddress
{
    /// <summary>The default Bolt port.</summary>
    public const int DefaultPort = 7687;

    /// <summary>Creates an address; host names compare case-insensitively, so they are kept in lower case.</summary>
    public BoltAddress(string host, int port)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, ushort.MaxValue);
        Host = host.Trim('[', ']').ToLowerInvariant();
        Port = port;
    }

    /// <summary>The host name or IP address (IPv6 without brackets).</summary>
    public string Host { get; }

    /// <summary>The TCP port.</summary>
    public int Port { get; }

    /// <summary>Parses <c>host</c>, <c>host:port</c> or <c>[ipv6]:port</c>, as routing tables write them.</summary>
    /// <exception cref="FormatException">The text is not an address.</exception>
    public static BoltAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        string host;
        string? portText = null;
        if (value.StartsWith('['))
        {
            var close = value.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) throw new FormatException($"'{text}' is not a host:port address");
            host = value[1..close];
            if (close + 1 < value.Length)
            {
                if (value[close + 1] != ':') throw new FormatException($"'{text}' is not a host:port address");
                portText = value[(close + 2)..];
            }
        }
        else
        {
            var colon = value.LastIndexOf(':');
            if (colon >= 0 && value.IndexOf(':', StringComparison.Ordinal) == colon)
            {
                host = value[..colon];
                portText = value[(colon + 1)..];
            }
            else
            {
                // No colon, or several (a bare IPv6 address): all host, default port.
                host = value;
            }
        }

        if (host.Length == 0) throw new FormatException($"'{text}' has no host");
        if (portText is null) return new BoltAddress(host, DefaultPort);
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > ushort.MaxValue)
        {
            throw new FormatException($"'{text}' has no valid port");
        }

        return new BoltAddress(host, port);
    }

    /// <summary><c>host:port</c>, with brackets around an IPv6 host.</summary>
    public override string ToString() =>
        Host.Contains(':', StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}")
            : string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");
}
