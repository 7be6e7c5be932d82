namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (never <c>playwright install</c>: no browser downloads). Screenshots go to
/// artifacts/test-results/screenshots, which test.sh keeps and CI uploads, so a person can look at every flow.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static readonly IReadOnlyDictionary<string, ViewportSize> Viewports = new Dictionary<string, ViewportSize>
    {
        ["laptop"] = new() { Width = 1280, Height = 800 },
        // The commonest council laptop: wide but short, so the first screen holds less.
        ["laptop-1366"] = new() { Width = 1366, Height = 768 },
        ["phone"] = new() { Width = 390, Height = 844 },
    };

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Chromium(IPlaywright playwright, IBrowser browser) => (this.playwright, this.browser) = (playwright, browser);

    public static string ScreenshotFolder { get; } = RepoPaths.File("artifacts", "test-results", "screenshots");

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Args = Args, Headless = true });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh browser profile (no cookies) at one viewport, with JavaScript on or off.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, string viewport, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = Viewports[viewport],
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
        });
        // Playwright's 30 s (and Expect's 5 s) only turn a hang into a failure. Three full runs at once on two cores took
        // a page longer than that to load, so the caps are generous: nothing here is timed.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        Assertions.SetDefaultExpectTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>The whole page; for long pages also what first fills the screen, which is what a person judges.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool alsoFirstScreen = false)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        if (alsoFirstScreen)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + "-first-screen.png") });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
