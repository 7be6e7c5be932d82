using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Email;
using RoleMapper.Core.RoleMap;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.Core.Tenancy;
using RoleMapper.Core.UnmatchedTitles;
using RoleMapper.Search.Indexing;
using RoleMapper.Web.Health;

namespace RoleMapper.Web;

public static class WebServiceCollectionExtensions
{
    /// <summary>Razor Pages, sign-in and its limits, the tenancy of requests, health checks and the web app's background jobs.</summary>
    public static IServiceCollection AddRoleMapperWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Council", Policies.Council);
            options.Conventions.AuthorizeFolder("/Council/Users", Policies.CouncilAdmin);
            options.Conventions.AuthorizeFolder("/Council/Invites", Policies.CouncilAdmin);
            options.Conventions.AuthorizeFolder("/Sector", Policies.Sector);
            options.Conventions.ConfigureFilter(new MethodNotAllowed());
        }).AddMvcOptions(ReadableBindingMessages);
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        services.AddAuthorization(Policies.Add);
        AddSignIn(services);
        services.AddRequestLimits(configuration);

        // Keys in the database: every web node can read the cookies and form tokens any other node issued.
        services.AddDataProtection().SetApplicationName("RoleMapper").PersistKeysToDbContext<RoleMapperDbContext>();
        services.AddSingleton<SharedKeyRing>();

        // X-Forwarded-For and -Proto from the proxies in ForwardedHeaders:KnownProxies/KnownNetworks (default loopback).
        services.AddReverseProxy(configuration);
        services.AddHttpContextAccessor();
        services.Replace(ServiceDescriptor.Singleton<ICurrentOrganisation, RequestOrganisation>());
        services.AddSingleton(configuration.GetSection(SectorOptions.Section).Get<SectorOptions>() ?? new SectorOptions());
        services.AddSingleton<CatalogueFactsCache>();
        services.AddSingleton<IImportObserver>(sp => sp.GetRequiredService<CatalogueFactsCache>());
        // The sector role map's Excel download (/role-map/download), over the map source the search registers.
        services.AddScoped<SectorRoleMapWorkbook>();
        services.AddRoleMapperHealthChecks();

        services.AddHostedService<NightlyImportService>();
        services.AddHostedService<IndexRefreshService>();
        services.AddHostedService<UnmatchedTitleFlushService>();
        // Reset links are emailed only when Core registered a mail sender (an SMTP server is configured).
        if (services.Any(d => d.ServiceType == typeof(IMailSender)))
        {
            services.AddSingleton<ResetMailQueue>();
            services.AddHostedService(sp => sp.GetRequiredService<ResetMailQueue>());
        }
        return services;
    }

    private static void AddSignIn(IServiceCollection services)
    {
        new IdentityBuilder(typeof(CouncilUser), typeof(IdentityRole), services).AddSignInManager();
        services.AddScoped<PasswordSignIn>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "rolemapper.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "rolemapper.antiforgery";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
    }

    /// <summary>Binding errors in plain English rather than "The value 'abc' is not valid for MinLevel."</summary>
    private static void ReadableBindingMessages(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((_, field) => $"Enter a valid {field}.");
        messages.SetValueMustBeANumberAccessor(field => $"Enter a number for {field}.");
        messages.SetValueIsInvalidAccessor(_ => "Enter a valid value.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "Enter a valid value.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Enter {field}.");
        messages.SetValueMustNotBeNullAccessor(field => $"Enter {field}.");
    }
}
