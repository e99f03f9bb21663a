using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Graph.Bolt.Connection;

/// <summary>The TLS client options for <c>+s</c> (full verification) and <c>+ssc</c> (any certificate).</summary>
internal static class TlsOptions
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5359:Do not disable certificate validation", Justification = "only for the +ssc URI schemes, which ask for exactly this")]
    public static SslClientAuthenticationOptions For(BoltAddress address, BoltConnectionSettings settings) => new()
    {
        TargetHost = address.Host,
        RemoteCertificateValidationCallback = settings.Encryption switch
        {
            BoltEncryption.TrustAny => AcceptAny,
            BoltEncryption.Verified when settings.TrustedRootCertificate is { } root =>
                (_, certificate, chain, errors) => VerifyWithRoot(certificate, chain, errors, root),
            _ => null, // the system's verification: a chain to a trusted root and the right host name
        },
    };

    // +ssc: the user asked for encryption without authentication, as Neo4j's own drivers offer.
    private static bool AcceptAny(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors) => true;

    /// <summary>Accepts a certificate that chains to <paramref name="root"/> (or to the system store) and names the host.</summary>
    internal static bool VerifyWithRoot(X509Certificate? certificate, X509Chain? presented, SslPolicyErrors errors, X509Certificate2 root)
    {
        if (certificate is null) return false;
        if ((errors & (SslPolicyErrors.RemoteCertificateNotAvailable | SslPolicyErrors.RemoteCertificateNameMismatch)) != 0) return false;
        if (errors == SslPolicyErrors.None) return true;

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements) chain.ChainPolicy.ExtraStore.Add(element.Certificate);
        }

        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }
}
