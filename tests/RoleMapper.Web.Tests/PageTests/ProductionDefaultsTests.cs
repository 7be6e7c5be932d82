using System.Diagnostics;

namespace RoleMapper.Web.Tests.PageTests;

/// <summary>
/// The app as the README starts it runs in Production, with HSTS and the redirect to HTTPS; a developer asks for
/// Development. Pages that take no POST refuse one with 405.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ProductionDefaultsTests(HostFixture host)
{
    [Theory]
    [InlineData("/standards", "GET, HEAD")]
    [InlineData("/search?title=gardener", "GET, HEAD")]
    public async Task A_POST_to_a_page_with_no_handler_for_it_gets_405(string path, string allowed)
    {
        var client = host.NewClient();
        var form = await client.GetPageAsync("/account/sign-in");
        var token = form.One("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var response = await client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allowed, string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal("This page cannot do that", (await WebPage.ReadAsync(path, response)).H1);
    }

    [Fact]
    public async Task Plain_HTTP_on_localhost_is_served_when_no_HTTPS_port_is_known()
    {
        using var response = await host.NewClient().GetAsync("/standards");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(null, "Production")]
    [InlineData("Development", "Development")]
    public async Task DotnetRunAsTheREADME_SaysStartsInProductionAndTheDevelopmentProfileInDevelopment(string? profile, string environment)
    {
        var folder = Directory.CreateTempSubdirectory("rolemapper-run-").FullName;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var arg in new[] { "run", "--project", "src/RoleMapper.Web", "--no-build" })
        {
            start.ArgumentList.Add(arg);
        }
        if (profile is not null)
        {
            start.ArgumentList.Add("--launch-profile");
            start.ArgumentList.Add(profile);
        }
        // A port of its own and a database of its own; nothing else differs from the quick start.
        start.ArgumentList.Add("--");
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["ConnectionStrings__RoleMapper"] = $"Data Source={Path.Combine(folder, "run.db")}";
        start.Environment["Import__SeedFile"] = RepoPaths.SmallNewFeed;
        start.Environment["Import__ScheduleEnabled"] = "false";
        using var app = Process.Start(start)!;
        try
        {
            var said = new TaskCompletionSource<string>();
            app.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("Hosting environment:", StringComparison.Ordinal) == true)
                {
                    said.TrySetResult(e.Data);
                }
            };
            app.BeginOutputReadLine();
            app.BeginErrorReadLine();

            var line = await said.Task.WaitAsync(TimeSpan.FromMinutes(3));

            Assert.EndsWith("Hosting environment: " + environment, line.TrimEnd());
        }
        finally
        {
            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A node that knows its HTTPS port redirects plain HTTP there, and sends HSTS on HTTPS (as a proxy forwards it).</summary>
[Collection(HttpsPortCollection.Name)]
public sealed class HttpsDefaultsTests(HttpsPortHostFixture host)
{
    [Fact]
    public async Task Plain_HTTP_is_redirected_to_HTTPS()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/standards?q=care");
        request.Headers.Host = "rolemapper.example";

        using var response = await host.NewClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://rolemapper.example/standards?q=care", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task HTTPSThroughAProxy_IsServedWithHSTS()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/standards");
        request.Headers.Host = "rolemapper.example";
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await host.NewClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }
}
