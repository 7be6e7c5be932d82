namespace RoleMapper.Web.Tests.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (never <c>playwright install</c>: no browser downloads). Screenshots go to
/// artifacts/test-results/screenshots, which test.sh keeps and CI uploads, so a person can look at every flow. Every
/// page is traced (actions, network, DOM snapshots) into artifacts/test-results/traces, which test.sh keeps only when
/// a test failed: a flow that stalls once under load can then be replayed (<c>playwright show-trace</c>, or
/// trace.playwright.dev) instead of guessed at.
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
    private readonly string traceName;
    private readonly List<IBrowserContext> traced = [];

    private Chromium(IPlaywright playwright, IBrowser browser, string traceName) =>
        (this.playwright, this.browser, this.traceName) = (playwright, browser, traceName);

    public static string ScreenshotFolder { get; } = RepoPaths.File("artifacts", "test-results", "screenshots");
    public static string TraceFolder { get; } = RepoPaths.File("artifacts", "test-results", "traces");

    /// <param name="traceName">Starts the names of this browser's traces (the test class).</param>
    public static async Task<Chromium> LaunchAsync(string traceName)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Args = Args, Headless = true });
        return new Chromium(playwright, browser, traceName);
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
        await context.Tracing.StartAsync(new TracingStartOptions { Snapshots = true, Title = $"{traceName} ({viewport})" });
        traced.Add(context);
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
        try
        {
            Directory.CreateDirectory(TraceFolder);
            foreach (var context in traced)
            {
                // A name no other test's trace has: xunit does not tell a test class which test it runs.
                await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(TraceFolder, $"{traceName}-{Guid.NewGuid():N}.zip") });
            }
        }
        finally
        {
            // A trace that cannot be saved fails the test, but never leaves the browser running.
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
