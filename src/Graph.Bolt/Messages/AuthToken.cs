namespace Graph.Bolt.Messages;

/// <summary>
/// Credentials for HELLO (before 5.1) or LOGON (5.1+): <c>scheme</c>, <c>principal</c>,
/// <c>credentials</c>. The secret never appears in <see cref="ToString"/>.
/// </summary>
public sealed class AuthToken
{
    private AuthToken(string scheme, string? principal, string? credentials)
    {
        Scheme = scheme;
        Principal = principal;
        Credentials = credentials;
    }

    /// <summary>No authentication (<c>scheme: "none"</c>), for servers with auth disabled.</summary>
    public static AuthToken None { get; } = new("none", null, null);

    /// <summary>The authentication scheme: <c>basic</c> or <c>none</c>.</summary>
    public string Scheme { get; }

    /// <summary>The user name, or null for <c>none</c>.</summary>
    public string? Principal { get; }

    /// <summary>The secret; internal so that it cannot leak through the public API.</summary>
    internal string? Credentials { get; }

    /// <summary>User name and password (<c>scheme: "basic"</c>).</summary>
    public static AuthToken Basic(string user, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(user);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken("basic", user, password);
    }

    /// <summary>Adds the token's entries to a HELLO or LOGON dictionary.</summary>
    internal void AddTo(Dictionary<string, object?> entries)
    {
        entries["scheme"] = Scheme;
        if (Principal is not null) entries["principal"] = Principal;
        if (Credentials is not null) entries["credentials"] = Credentials;
    }

    /// <summary>The scheme and user, with the secret hidden.</summary>
    public override string ToString() =>
        Principal is null ? $"{{scheme: {Scheme}}}" : $"{{scheme: {Scheme}, principal: {Principal}, credentials: ******}}";
}
