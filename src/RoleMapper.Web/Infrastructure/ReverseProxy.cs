using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// Configuration section "ForwardedHeaders": the reverse proxies whose X-Forwarded-For and X-Forwarded-Proto the app
/// believes (docs/deploy.md). Empty means loopback only, ASP.NET Core's default: a proxy on the same machine.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies, e.g. "10.0.0.5" (<c>ForwardedHeaders__KnownProxies__0</c>).</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, e.g. "10.0.0.0/24" (<c>ForwardedHeaders__KnownNetworks__0</c>).</summary>
    public List<string> KnownNetworks { get; set; } = [];
}

/// <summary>
/// Behind a TLS-terminating proxy the request must still count as HTTPS (Secure cookies, HSTS, no redirect loop), and
/// the client's address must be the person's, not the proxy's (the per-address request limits, ADR 0007). Only the
/// proxies listed are believed; anyone else could send the headers to pose as another address.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = configuration.GetSection(ReverseProxyOptions.Section).Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        var proxies = trusted.KnownProxies.Select(ParseAddress).ToList();
        var networks = trusted.KnownNetworks.Select(ParseNetwork).ToList();
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count == 0 && networks.Count == 0)
            {
                return;
            }
            // The list replaces the loopback default, so what is trusted is exactly what the operator wrote.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
    }

    // A mistyped address stops the app at start-up with the setting named, rather than trusting nobody silently.
    private static IPAddress ParseAddress(string text) =>
        IPAddress.TryParse(text.Trim(), out var address) ? address
            : throw Mistyped(nameof(ReverseProxyOptions.KnownProxies), text, "an IP address");

    private static System.Net.IPNetwork ParseNetwork(string text) =>
        System.Net.IPNetwork.TryParse(text.Trim(), out var network) ? network
            : throw Mistyped(nameof(ReverseProxyOptions.KnownNetworks), text, "an IP address and prefix length such as 10.0.0.0/24");

    private static InvalidOperationException Mistyped(string setting, string text, string expected) =>
        new($"{ReverseProxyOptions.Section}:{setting} has \"{text}\", which is not {expected}.");
}
