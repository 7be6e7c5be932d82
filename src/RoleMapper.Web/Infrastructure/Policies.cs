using Microsoft.AspNetCore.Authorization;

namespace RoleMapper.Web.Infrastructure;

/// <summary>Who may open which folder of pages. Decided from the membership read from the database for this request.</summary>
public static class Policies
{
    public const string Council = "Council";
    public const string CouncilAdmin = "CouncilAdmin";
    public const string Sector = "Sector";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Council, p => p.RequireAuthenticatedUser().RequireAssertion(c => Membership(c)?.IsCouncilMember == true));
        options.AddPolicy(CouncilAdmin, p => p.RequireAuthenticatedUser().RequireAssertion(c => Membership(c)?.IsCouncilAdmin == true));
        options.AddPolicy(Sector, p => p.RequireAuthenticatedUser().RequireAssertion(c => Membership(c)?.IsSector == true));
    }

    private static CouncilMembership? Membership(AuthorizationHandlerContext context) =>
        (context.Resource as HttpContext)?.Features.Get<CouncilMembership>();
}
