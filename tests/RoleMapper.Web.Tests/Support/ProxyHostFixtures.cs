using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace RoleMapper.Web.Tests.Support;

/// <summary>
/// A host whose ForwardedHeaders settings name the reverse proxies it trusts (docs/deploy.md), and which records, for
/// each request tagged with X-Test-Request, the client address and scheme the app's pages saw after the forwarded
/// headers were applied (or not).
/// </summary>
public abstract class ProxyHostFixture(IReadOnlyDictionary<string, string> proxySettings) : HostFixture(RepoPaths.SmallNewFeed, feedAfterStart: null)
{
    public const string TagHeader = "X-Test-Request";

    public ConcurrentDictionary<string, (string? ClientAddress, string Scheme)> Seen { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in proxySettings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new Recorder(Seen)));
    }

    /// <summary>Outermost in the pipeline; reads the request as the response starts, after every middleware changed it.</summary>
    private sealed class Recorder(ConcurrentDictionary<string, (string?, string)> seen) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[TagHeader].ToString() is { Length: > 0 } tag)
                {
                    context.Response.OnStarting(() =>
                    {
                        var address = context.Connection.RemoteIpAddress;
                        seen[tag] = ((address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address)?.ToString(), context.Request.Scheme);
                        return Task.CompletedTask;
                    });
                }
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The test client is the proxy: loopback listed by address.</summary>
public sealed class ListedProxyHostFixture() : ProxyHostFixture(new Dictionary<string, string>
{
    ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
});

[CollectionDefinition(Name)]
public sealed class ListedProxyCollection : ICollectionFixture<ListedProxyHostFixture>
{
    public const string Name = "listed proxy";
}

/// <summary>The proxies are elsewhere (a network that loopback is not in), so the test client is not one of them.</summary>
public sealed class OtherProxiesHostFixture() : ProxyHostFixture(new Dictionary<string, string>
{
    ["ForwardedHeaders:KnownNetworks:0"] = "10.20.0.0/16",
    ["ForwardedHeaders:KnownProxies:0"] = "10.30.0.5",
});

[CollectionDefinition(Name)]
public sealed class OtherProxiesCollection : ICollectionFixture<OtherProxiesHostFixture>
{
    public const string Name = "other proxies";
}
