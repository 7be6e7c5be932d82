namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// What every browser test class shares: a Chromium for its tests, pages on a host, signing in. The host is the shared
/// one (derived classes join <see cref="WebCollection"/>), or one of the test's own (<see cref="OwnHost"/>), started
/// and stopped with the test.
/// </summary>
public abstract class BrowserTest(HostFixture host) : IAsyncLifetime
{
    private Chromium browser = null!;

    protected HostFixture Host => host;

    public async Task InitializeAsync()
    {
        if (host is OwnHost own)
        {
            await own.InitializeAsync();
        }
        browser = await Chromium.LaunchAsync(GetType().Name);
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        if (host is OwnHost own)
        {
            await own.DisposeAsync();
        }
    }

    protected Task<IPage> NewPageAsync(string viewport, bool javaScript = true) => browser.NewPageAsync(host.BaseAddress, viewport, javaScript);

    /// <summary>
    /// Signs in through the sign-in page, optionally saving a screenshot of the filled form first, and waits for the
    /// page an account of that kind lands on: a council's dashboard, or the sector overview for the sector lead.
    /// </summary>
    protected static async Task SignInAsync(IPage page, string email, string? screenshot = null, string landing = "**/council")
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(HostFixture.Password);
        if (screenshot is not null)
        {
            await Chromium.ScreenshotAsync(page, screenshot);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(landing);
    }
}
