using System.Net;
using Cronos;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Email;
using RoleMapper.Core.Jobs;
using RoleMapper.Core.Maturity;
using RoleMapper.Core.Mot;
using RoleMapper.Core.Programme;
using RoleMapper.Core.RoleMap;
using RoleMapper.Core.Pathways;
using RoleMapper.Core.Plan;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Tenancy;
using RoleMapper.Core.UnmatchedTitles;
using RoleMapper.Core.Workspace;
using RoleMapper.Core.Workspace.RoleFiles;

namespace RoleMapper.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The database, council accounts, the maturity model, the importer and its HTTP pipeline, the council workspace's
    /// use cases and the unmatched-title log. Reads <c>Database:Provider</c> and <c>ConnectionStrings:RoleMapper</c>
    /// (see <see cref="DatabaseSettings"/>) and the <c>Import</c> and <c>UnmatchedTitles</c> sections.
    /// </summary>
    public static IServiceCollection AddRoleMapperCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        void UseDatabase(DbContextOptionsBuilder db) => database.Apply(db);
        // Pages get a scoped context; the importer and background jobs create their own from the factory.
        services.AddDbContext<RoleMapperDbContext>(UseDatabase, ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddDbContextFactory<RoleMapperDbContext>(UseDatabase);

        services.TryAddSingleton(TimeProvider.System);
        // Outside a web request no council is current, so council data stays hidden unless code asks for it explicitly.
        services.TryAddSingleton<ICurrentOrganisation>(NoCurrentOrganisation.Instance);
        // Accounts live in the same database; the web app adds sign-in on top, the CLI uses the user manager directly.
        services.AddIdentityCore<CouncilUser>(AccountRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<RoleMapperDbContext>();
        services.AddOptions<PasswordResetOptions>().Bind(configuration.GetSection(PasswordResetOptions.Section));
        services.AddScoped<PasswordResets>();
        // No SMTP server, no sender: nothing can try to send, and pages say email is off (docs/web.md#password-reset).
        var email = configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));
        if (email.IsOn)
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        services.AddOptions<ImportOptions>()
            .Bind(configuration.GetSection(ImportOptions.Section))
            .Validate(o => CronExpression.TryParse(o.Schedule, out _), "Import:Schedule is not a valid cron expression (five fields, e.g. \"30 2 * * *\").")
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Import:TimeZone is not a known time zone.")
            .Validate(o => Uri.TryCreate(o.FeedUrl, UriKind.Absolute, out _), "Import:FeedUrl is not an absolute URL.")
            .ValidateOnStart();

        // The LGA model never changes while the app runs; read data/maturity-model.json once, when first needed.
        services.AddSingleton(_ => MaturityModel.LoadDefault());
        services.AddScoped<AssessmentDrafts>();
        services.AddSingleton<JobLeaseStore>();
        services.AddOptions<UnmatchedTitleOptions>().Bind(configuration.GetSection(UnmatchedTitleOptions.Section));
        services.AddSingleton<UnmatchedTitleStore>();
        // Weak titles are queued in memory on the request path and written in batches: by the web app's
        // UnmatchedTitleFlushService, or by a command at its end.
        services.AddSingleton<UnmatchedTitleRecorder>();
        services.AddOptions<RoleFileOptions>().Bind(configuration.GetSection(RoleFileOptions.Section));
        services.AddSingleton<RoleFileReading>();
        services.AddSingleton<FeedClient>();
        services.AddSingleton<ImportService>();
        services.AddSingleton<IImportObserver, FlagMappingsForReview>();
        services.AddSingleton<IImportObserver, SuggestAfterImport>();
        services.AddSingleton<IImportObserver, FlagPlanLines>();
        services.AddSingleton<IImportObserver, FlagRoleMapForReview>();
        // The council workspace's use cases: scoped, with the request's (or the command's) context injected. Suggestions
        // need an IStandardMatcher, which the Search project provides (AddRoleMapperSearch).
        services.AddScoped<RoleSuggestions>();
        services.AddScoped<CouncilRoles>();
        // The starter catalogue is the sector role map; Search provides its IRoleMapSource, a host without one has none.
        services.TryAddSingleton<IRoleMapSource, NoRoleMap>();
        services.AddScoped<StarterRoles>();
        services.AddScoped<RoleUploads>();
        services.AddScoped<RoleFileImport>();
        services.AddScoped<RoleMapping>();
        services.AddScoped<SkillsGaps>();
        services.AddOptions<ProgrammeOptions>().Bind(configuration.GetSection(ProgrammeOptions.Section))
            .Validate(o => o.TargetShare is > 0 and < 1, "Programme:TargetShare is a share of headcount between 0 and 1, e.g. 0.023.")
            .Validate(o => o.LevyExpiryMonths > 0, "Programme:LevyExpiryMonths is a whole number of months above 0, e.g. 24.")
            .ValidateOnStart();
        services.AddScoped<ProgrammeYears>();
        services.AddScoped<MotReviews>();
        // The costed plan and career pathways (docs/plan-and-pathways.md); the sector role map comes from Search when it is added.
        services.AddScoped<LevyPlans>();
        services.TryAddSingleton<ISectorRoleMap, NoSectorRoleMap>();
        services.AddScoped<CareerPathways>();
        // The sector role map in the database, filled from the CSV built into Core the first time it is read, and
        // brought up to a new release of that CSV at start-up (docs/role-map.md, "A new release of the map").
        var builtInMap = new RoleMapCsvSource(null);
        services.AddSingleton(sp => new RoleMapDbSource(sp.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(),
            builtInMap, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new MergeReleasedRoleMap(sp.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(),
            builtInMap, sp.GetRequiredService<JobLeaseStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<SectorRoleMapEditing>();
        // Councils register only from the list of English councils (data/councils/), read once.
        services.AddSingleton(_ => LocalAuthorityList.LoadDefault());
        services.AddScoped<CouncilRegistration>();
        services.AddScoped<SectorCouncils>();
        services.AddSingleton<DatabaseInitializer>();
        AddFeedHttpClient(services);
        return services;
    }

    /// <summary>
    /// Retries network errors, 408, 429 (waiting as long as Retry-After asks) and 5xx with exponential backoff and
    /// jitter; never retries other 4xx; a per-attempt timeout; and a circuit breaker so a dead feed is not hammered.
    /// </summary>
    private static void AddFeedHttpClient(IServiceCollection services) =>
        services.AddHttpClient(FeedClient.HttpClientName, client =>
            {
                // The resilience pipeline owns timeouts; the 75 MB body is bounded by Import:DownloadTimeout instead.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("RoleMapper/1.0 (+https://github.com/rolemapper)");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
            .AddResilienceHandler("feed", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<ImportOptions>>().Value;
                // Waits and timeouts on the app's clock, like everything else that waits.
                pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = o.MaxRetryAttempts,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = o.RetryBaseDelay,
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    MinimumThroughput = o.CircuitBreakerMinimumThroughput,
                    FailureRatio = 0.9,
                    SamplingDuration = TimeSpan.FromMinutes(2),
                    BreakDuration = o.CircuitBreakDuration,
                });
                pipeline.AddTimeout(o.AttemptTimeout);
            });
}
