using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Tests.PageTests;

/// <summary>
/// Behind a TLS-terminating reverse proxy (docs/deploy.md): a request the proxy forwards with X-Forwarded-For and
/// X-Forwarded-Proto counts as HTTPS from the person's address, but only when the proxy is one the settings trust.
/// </summary>
public static class ReverseProxyRequests
{
    /// <summary>
    /// GET the sign-in page (it sets the antiforgery cookie) as a proxy forwards an HTTPS request from 203.0.113.7 (a
    /// documentation address); returns what came back: whether HSTS was sent, whether the cookie is Secure, and the
    /// client address and scheme the app saw.
    /// </summary>
    public static async Task<(bool Hsts, bool SecureCookie, (string?, string) Seen)> ForwardAsync(ProxyHostFixture host, [CallerMemberName] string tag = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Host = "rolemapper.example";
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add(ProxyHostFixture.TagHeader, tag);
        using var response = await host.NewClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("rolemapper.antiforgery=", StringComparison.Ordinal));
        return (response.Headers.Contains("Strict-Transport-Security"), cookie.Contains("; secure", StringComparison.Ordinal), host.Seen[tag]);
    }
}

[Collection(ListedProxyCollection.Name)]
public sealed class ListedProxyTests(ListedProxyHostFixture host)
{
    [Fact]
    public async Task ForwardedRequest_FromAListedProxy_IsHttpsFromThePersonsAddress() =>
        Assert.Equal((true, true, ("203.0.113.7", "https")), await ReverseProxyRequests.ForwardAsync(host));
}

[Collection(OtherProxiesCollection.Name)]
public sealed class OtherProxiesTests(OtherProxiesHostFixture host)
{
    // Loopback is trusted only while no proxy is listed: here the list names others, so these headers could be forged.
    [Fact]
    public async Task ForwardedHeaders_FromAnUnlistedAddress_AreIgnored() =>
        Assert.Equal((false, false, ("127.0.0.1", "http")), await ReverseProxyRequests.ForwardAsync(host));
}

public sealed class ReverseProxySettingsTests
{
    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.300", "ForwardedHeaders:KnownProxies has \"10.0.0.300\", which is not an IP address.")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks has \"10.0.0.0/33\", which is not an IP address and prefix length such as 10.0.0.0/24.")]
    public void MistypedProxy_StopsTheAppWithTheSettingNamed(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddReverseProxy(configuration));

        Assert.Equal(message, error.Message);
    }
}
