using RoleMapper.Core.UnmatchedTitles;

namespace RoleMapper.Web.Tests.PageTests.Limits;

/// <summary>
/// The app's own limits (docs/adr/0007): sign-in attempts per address and per IP address, anonymous searches per IP
/// address. Each test comes from an IP address of its own (X-Forwarded-For, which the app trusts from loopback, as from
/// a proxy in front of it), so the tests do not share a count.
/// </summary>
[Collection(RequestLimitsCollection.Name)]
public sealed class RequestLimitTests(RequestLimitsHostFixture host)
{
    private HttpClient ClientFrom(string ip)
    {
        var client = host.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        return client;
    }

    private static async Task<(HttpStatusCode Status, string? RetryAfter, string H1)> SignInAsync(HttpClient client, string email)
    {
        var form = await client.GetPageAsync("/account/sign-in");
        using var response = await client.SubmitAsync(form, "main form", ("Input.Email", email), ("Input.Password", "not the password at all"));
        var page = await WebPage.ReadAsync("/account/sign-in", response);
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), page.H1);
    }

    /// <summary>
    /// Signs in until refused, at most <paramref name="most"/> times: the bucket refills as the test runs (slowly, but a
    /// loaded machine is slow too), so the test asks for the refusal, not for it at an exact count.
    /// </summary>
    private static Task<List<(HttpStatusCode Status, string? RetryAfter, string H1)>> SignInUntilRefusedAsync(HttpClient client, Func<string> email) =>
        UntilRefusedAsync(() => SignInAsync(client, email()), most: 200);

    /// <summary>Asks for reset links until refused, at most 100 times (the bucket refills as the test runs).</summary>
    private static Task<List<(HttpStatusCode Status, string? RetryAfter, string H1)>> AskUntilRefusedAsync(HttpClient client, Func<string> email) =>
        UntilRefusedAsync(() => AskForResetLinkAsync(client, email()), most: 100);

    private static async Task<List<(HttpStatusCode Status, string? RetryAfter, string H1)>> UntilRefusedAsync(
        Func<Task<(HttpStatusCode Status, string? RetryAfter, string H1)>> attempt, int most)
    {
        var attempts = new List<(HttpStatusCode Status, string? RetryAfter, string H1)>();
        while (attempts.Count < most && (attempts.Count == 0 || attempts[^1].Status != HttpStatusCode.TooManyRequests))
        {
            attempts.Add(await attempt());
        }
        return attempts;
    }

    private static void AssertServedThenRefused(List<(HttpStatusCode Status, string? RetryAfter, string H1)> attempts, int burst, int ipLimit, string refusal)
    {
        Assert.All(attempts.Take(burst), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.InRange(attempts.Count, burst + 1, ipLimit - 1);
        Assert.Equal(HttpStatusCode.TooManyRequests, attempts[^1].Status);
        Assert.Equal(refusal, attempts[^1].H1);
        Assert.NotNull(attempts[^1].RetryAfter);
    }

    private static async Task<(HttpStatusCode Status, string? RetryAfter, string H1)> AskForResetLinkAsync(HttpClient client, string email)
    {
        var form = await client.GetPageAsync("/account/forgot-password");
        using var response = await client.SubmitAsync(form, "main form", ("Input.Email", email));
        return (response.StatusCode, response.Headers.RetryAfter?.ToString(), (await WebPage.ReadAsync("/account/forgot-password", response)).H1);
    }

    [Fact]
    public async Task SignInAttemptsForOneAddress_AreLimitedAlikeWhetherOrNotItHasAnAccount()
    {
        var council = await host.CouncilAsync();
        var unknown = A.UniqueEmail("nobody");

        var known = await SignInUntilRefusedAsync(ClientFrom("203.0.113.10"), () => council.AdminEmail);
        var nobody = await SignInUntilRefusedAsync(ClientFrom("203.0.113.11"), () => unknown);

        foreach (var attempts in new[] { known, nobody })
        {
            // The burst of 10 is served, then the address is refused, long before the per-IP limit of 30.
            AssertServedThenRefused(attempts, burst: 10, ipLimit: 30, "Too many sign-in attempts");
        }
        Assert.Equal(known.Select(a => a.H1).Distinct(), nobody.Select(a => a.H1).Distinct());
    }

    [Fact]
    public async Task SignInAttemptsFromOneIPAddress_AreLimitedWhateverTheAddresses()
    {
        var attempts = await SignInUntilRefusedAsync(ClientFrom("203.0.113.20"), () => A.UniqueEmail("sprayed"));

        Assert.All(attempts.Take(30), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, attempts[^1].Status);
        // Another IP address is not held back by it.
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(ClientFrom("203.0.113.21"), A.UniqueEmail("other"))).Status);
    }

    [Fact]
    public async Task ResetLinkRequestsForOneAddress_AreLimitedAlikeWhetherOrNotItHasAnAccount()
    {
        var council = await host.CouncilAsync();
        var unknown = A.UniqueEmail("nobody");

        var known = await AskUntilRefusedAsync(ClientFrom("203.0.113.50"), () => council.AdminEmail);
        var nobody = await AskUntilRefusedAsync(ClientFrom("203.0.113.51"), () => unknown);

        foreach (var attempts in new[] { known, nobody })
        {
            // The burst of 3 is served, then the address is refused, long before the per-IP limit of 10.
            AssertServedThenRefused(attempts, burst: 3, ipLimit: 10, "Too many reset requests");
        }
    }

    [Fact]
    public async Task ResetLinkRequestsFromOneIPAddress_AreLimitedWhateverTheAddresses()
    {
        var attempts = await AskUntilRefusedAsync(ClientFrom("203.0.113.60"), () => A.UniqueEmail("sprayed"));

        Assert.All(attempts.Take(10), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, attempts[^1].Status);
        Assert.Equal("Too many reset requests", attempts[^1].H1);
    }

    [Fact]
    public async Task TenThousandAnonymousWeakSearches_AreLimitedAndLeaveAtMostOneRowPerDistinctTitle()
    {
        var client = ClientFrom("203.0.113.30");
        var titles = Enumerable.Range(0, 10_000).Select(i => "Zorblax" + Letters(i) + " Wibbleworth").ToList();
        using var gate = new SemaphoreSlim(8);

        var answers = await Task.WhenAll(titles.Select(async title =>
        {
            await gate.WaitAsync();
            try
            {
                using var response = await client.GetAsync("/search?title=" + Uri.EscapeDataString(title));
                return (Title: title, response.StatusCode);
            }
            finally
            {
                gate.Release();
            }
        }));
        await host.Services.GetRequiredService<UnmatchedTitleRecorder>().FlushAsync();

        var served = answers.Where(a => a.StatusCode == HttpStatusCode.OK).Select(a => a.Title).ToList();
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        // A burst of 60, then one a second: thousands refused, however long the test takes.
        Assert.InRange(served.Count, 60, 1_000);
        await using var db = host.NewContext();
        var logged = await db.UnmatchedTitles.Where(u => u.ExampleTitle.StartsWith("Zorblax")).Select(u => u.NormalisedTitle).ToListAsync();
        Assert.Equal(logged.Count, logged.Distinct().Count());
        Assert.Equal(served.Count, logged.Count);
    }

    [Fact]
    public async Task AnonymousMapDownloadsFromOneIPAddress_AreLimited()
    {
        var client = ClientFrom("203.0.113.70");

        var attempts = await UntilRefusedAsync(async () =>
        {
            using var response = await client.GetAsync("/role-map/download");
            var refused = response.StatusCode == HttpStatusCode.TooManyRequests;
            return (response.StatusCode, response.Headers.RetryAfter?.ToString(), refused ? (await WebPage.ReadAsync("/role-map/download", response)).H1 : "");
        }, most: 60);

        // A burst of 10, then one every 10 seconds: refused long before 60, however slow the machine.
        AssertServedThenRefused(attempts, burst: 10, ipLimit: 60, "Too many requests");
    }

    [Fact]
    public async Task SearchesBySomeoneSignedIn_AreNotLimitedAsAnonymousOnesAre()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.40");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 100; i++)
        {
            using var response = await client.GetAsync("/search?title=gardener+" + i);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private static string Letters(int n)
    {
        var text = "";
        for (var i = 0; i < 4; i++, n /= 26)
        {
            text = (char)('a' + n % 26) + text;
        }
        return text;
    }
}
