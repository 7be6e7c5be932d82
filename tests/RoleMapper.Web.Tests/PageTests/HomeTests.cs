namespace RoleMapper.Web.Tests.PageTests;

public abstract class HomeTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : HomeTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : HomeTests(host);

    [Fact]
    public async Task Get_ShowsSearchBoxFeedDateAndLastImport()
    {
        var page = await host.NewClient().GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.One("form[action='/search'] input[name=title]"));
        Assert.NotNull(page.One("label[for=title]"));
        Assert.Contains("22 August 2026", page.One("[data-testid=feed-date]")!.TextContent);
        Assert.Equal("The last successful import was today.", page.One("[data-testid=last-import]")!.TextContent.Trim());
        // The bundled snapshot's own date, however recently it was imported.
        var age = host.Today.DayNumber - new DateOnly(2026, 8, 22).DayNumber;
        Assert.Equal($"The data itself dates from 22 August 2026, {age} days ago.", page.One("[data-testid=data-age]")!.TextContent.Trim());
        Assert.Contains("713", page.Text);
    }

    [Fact]
    public async Task Favicon_IsLinkedFromEveryPage_AndServed()
    {
        var client = host.NewClient();
        var page = await client.GetPageAsync("/standards");
        var href = page.One("link[rel=icon]")!.GetAttribute("href")!;

        using var icon = await client.GetAsync(href);

        Assert.StartsWith("/favicon.svg", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?title=gardener")]
    [InlineData("/standards")]
    [InlineData("/standards/ST0116")]
    [InlineData("/changes")]
    [InlineData("/imports")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    public async Task Get_AnyPage_HasTitleSkipLinkAndFeedFooter(string path)
    {
        var page = await host.NewClient().GetPageAsync(path);

        Assert.EndsWith("- RoleMapper", page.Document.Title);
        Assert.Empty(page.Errors);
        Assert.Equal("#main", page.One(".skip-link")!.GetAttribute("href"));
        Assert.Contains("22 August 2026", page.One("footer [data-testid=feed-date]")!.TextContent);
        // No inline script anywhere: the content security policy would block it.
        Assert.All(page.Document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source)));
    }

    [Fact]
    public async Task Get_AnyPage_SendsSecurityHeaders()
    {
        using var response = await host.NewClient().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Get_Stylesheet_IsServedByTheApp()
    {
        using var response = await host.NewClient().GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("@media print", await response.Content.ReadAsStringAsync());
    }
}
