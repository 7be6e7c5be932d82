namespace RoleMapper.Web.Tests.TwoNodes;

/// <summary>
/// Asks one node for a round of pages (public and signed-in) again and again until stopped, and keeps every answer that
/// was not a page: a status other than 200, or a request that failed outright.
/// </summary>
public sealed class PageLoop
{
    private readonly WebNode node;
    private readonly HttpClient anonymous;
    private readonly HttpClient signedIn;
    private readonly List<(int Rounds, TaskCompletionSource Done)> waiters = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> failures = new();
    private int rounds;

    public PageLoop(WebNode node, HttpClient signedIn)
    {
        this.node = node;
        this.signedIn = signedIn;
        anonymous = node.NewClient();
    }

    /// <summary>
    /// What each round asks for: the home page, a standard, a search, and a council's own pages. The search is signed in:
    /// searches by people not signed in are limited per address (RateLimits:AnonymousSearchPerIp), and this loop asks
    /// for far more than a person would.
    /// </summary>
    public static readonly IReadOnlyList<(string Path, bool SignedIn)> Pages =
    [
        ("/", false), ("/standards/ST0116", false),
        ("/search?title=Refuse+loader%2Fdriver", true), ("/council", true), ("/council/roles", true),
    ];

    public IReadOnlyCollection<string> Failures => failures;
    public int Requests { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            foreach (var (path, withSignIn) in Pages)
            {
                Requests++;
                try
                {
                    using var response = await (withSignIn ? signedIn : anonymous).GetAsync(path, CancellationToken.None);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Enqueue($"{node.Name} {path}: {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Enqueue($"{node.Name} {path}: {e.Message}");
                }
                catch (TaskCanceledException e)
                {
                    failures.Enqueue($"{node.Name} {path}: no answer ({e.Message})");
                }
            }
            lock (waiters)
            {
                rounds++;
                foreach (var waiter in waiters.Where(w => w.Rounds <= rounds).ToList())
                {
                    waiters.Remove(waiter);
                    waiter.Done.SetResult();
                }
            }
        }
    }

    /// <summary>Completes once a whole round that began after this call has been answered.</summary>
    public Task AnotherRoundAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (waiters)
        {
            // The round in progress may have begun before the call: the one after it is the first that surely did not.
            waiters.Add((rounds + 2, done));
        }
        return done.Task.WaitAsync(TwoNodeDeployment.Cap);
    }
}
