namespace RoleMapper.Web.Tests.Support;

/// <summary>Councils from the list of English councils, and registering them through the real page.</summary>
public static class ListedCouncils
{
    public static LocalAuthorityList List(this HostFixture host) => host.Services.GetRequiredService<LocalAuthorityList>();

    /// <summary>A listed council nobody on this host has registered yet: the first by name, so runs repeat.</summary>
    public static async Task<LocalAuthority> UnregisteredCouncilAsync(this HostFixture host)
    {
        await using var db = host.NewContext();
        var taken = await db.Organisations.Where(o => o.OnsCode != null).Select(o => o.OnsCode!).ToListAsync();
        return host.List().All.First(c => !taken.Contains(c.OnsCode));
    }

    /// <summary>Fills in and submits /account/register for <paramref name="council"/>; returns the page it lands on.</summary>
    public static async Task<WebPage> RegisterAsync(this HttpClient client, string onsCode, string email, string password = HostFixture.Password) =>
        await client.SubmitAndFollowAsync(await client.GetPageAsync("/account/register"), "main form",
            ("Input.Council", onsCode), ("Input.Email", email), ("Input.Password", password), ("Input.ConfirmPassword", password));
}
