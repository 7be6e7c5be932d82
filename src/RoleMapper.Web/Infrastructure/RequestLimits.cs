using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace RoleMapper.Web.Infrastructure;

/// <summary>A token bucket: <see cref="Burst"/> requests at once, then <see cref="PerMinute"/> a minute.</summary>
public sealed class RequestBucket
{
    public int Burst { get; set; }
    public int PerMinute { get; set; }
}

/// <summary>Configuration section "RateLimits": how many requests of each limited kind one node lets through.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts for one email address, from anywhere: slows guessing one account's password, and keeps
    /// someone who tries it on purpose from keeping its owner out for more than half a minute at a time.</summary>
    public RequestBucket SignInPerAddress { get; set; } = new() { Burst = 10, PerMinute = 2 };

    /// <summary>Sign-in attempts from one IP address, whatever the email: slows trying many accounts from one place.</summary>
    public RequestBucket SignInPerIp { get; set; } = new() { Burst = 30, PerMinute = 10 };

    /// <summary>Searches by people not signed in, from one IP address: each costs the matcher's time and may add to the
    /// unmatched-title log, so a script cannot run thousands.</summary>
    public RequestBucket AnonymousSearchPerIp { get; set; } = new() { Burst = 60, PerMinute = 60 };

    /// <summary>Downloads of the sector role map by people not signed in, from one IP address: each builds the whole
    /// workbook (about 0.3 s of a core), so a script cannot keep a node busy with them.</summary>
    public RequestBucket AnonymousMapDownloadPerIp { get; set; } = new() { Burst = 10, PerMinute = 6 };

    /// <summary>Reset-link requests for one email address: nobody can fill a colleague's inbox with reset emails.</summary>
    public RequestBucket ForgotPasswordPerAddress { get; set; } = new() { Burst = 3, PerMinute = 1 };

    /// <summary>Reset-link requests from one IP address, whatever the email: slows mailing many people from one place.</summary>
    public RequestBucket ForgotPasswordPerIp { get; set; } = new() { Burst = 10, PerMinute = 5 };
}

/// <summary>
/// Per-address and per-IP limits on sign-in and on asking for a password reset link, and per-IP limits on anonymous searches and map downloads, with ASP.NET Core's rate limiter.
/// Over a limit the request gets 429 with Retry-After and the status page ("too many attempts"), the same for every
/// address, so it says nothing about whether an account exists. Each web node counts on its own (docs/adr/0007).
/// </summary>
public static class RequestLimits
{
    private const string SignInPage = "/Account/SignIn";
    private const string ForgotPasswordPage = "/Account/ForgotPassword";
    private const string SearchPage = "/Search/Index";
    private const string MapDownloadPage = "/RoleMap/Download";
    private const string EmailField = "Input.Email";

    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(RequestLimitOptions.Section).Get<RequestLimitOptions>() ?? new RequestLimitOptions();
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                // No body: the status page says what happened, in the site's layout.
                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter(limits.SignInPerIp, c => IsSignIn(c) ? "sign-in " + ClientAddress(c) : null),
                Limiter(limits.SignInPerAddress, c => IsSignIn(c) ? "address " + SubmittedEmail(c) : null),
                Limiter(limits.ForgotPasswordPerIp, c => IsForgotPassword(c) ? "forgot " + ClientAddress(c) : null),
                Limiter(limits.ForgotPasswordPerAddress, c => IsForgotPassword(c) ? "forgot address " + SubmittedEmail(c) : null),
                Limiter(limits.AnonymousSearchPerIp, c => IsAnonymousSearch(c) ? "search " + ClientAddress(c) : null),
                Limiter(limits.AnonymousMapDownloadPerIp, c => IsAnonymousMapDownload(c) ? "map download " + ClientAddress(c) : null));
        });
    }

    /// <summary>
    /// Reads the sign-in or forgot-password form before the limiter runs (the limiter's partitions are chosen synchronously and need the
    /// email address), then the limiter. After routing and authentication, so it knows the page and the person.
    /// </summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app
        .Use(async (context, next) =>
        {
            if ((IsSignIn(context) || IsForgotPassword(context)) && context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    // A malformed form: the page's own binding will say so.
                }
            }
            await next(context);
        })
        .UseRateLimiter();

    private static PartitionedRateLimiter<HttpContext> Limiter(RequestBucket bucket, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } partition
            ? RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, bucket.Burst),
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, bucket.PerMinute),
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static bool IsSignIn(HttpContext context) => IsPostTo(context, SignInPage);

    private static bool IsForgotPassword(HttpContext context) => IsPostTo(context, ForgotPasswordPage);

    private static bool IsPostTo(HttpContext context, string page) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.RouteValues["page"] as string == page;

    private static bool IsAnonymousSearch(HttpContext context) =>
        context.Request.RouteValues["page"] as string == SearchPage && context.Request.Query.ContainsKey("title")
        && context.User.Identity?.IsAuthenticated != true;

    private static bool IsAnonymousMapDownload(HttpContext context) =>
        context.Request.RouteValues["page"] as string == MapDownloadPage && context.User.Identity?.IsAuthenticated != true;

    /// <summary>The address as the account store compares it, so "Jo@X.gov.uk " and "jo@x.gov.uk" share a count.</summary>
    private static string SubmittedEmail(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form?[EmailField].ToString().Trim().ToUpperInvariant() ?? "";

    /// <summary>
    /// The client's IP address (after the trusted proxy headers), or for IPv6 its /64 network, which one household or
    /// server usually has whole: limiting single IPv6 addresses would let one machine take a new one per request.
    /// </summary>
    private static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }
        return address.ToString();
    }
}
