using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Tenancy;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// Who the signed-in person is, read from the database on each of their requests (one indexed lookup), so a removed
/// person, a changed role or a changed password takes effect on the very next request rather than when a cookie expires.
/// </summary>
public sealed record CouncilMembership(
    string UserId, string Email, int? OrganisationId, string? OrganisationName, CouncilRole Role, bool IsSector,
    OrganisationStatus? CouncilStatus = null)
{
    /// <summary>In a council whose workspace is open: a suspended council's people are kept out until the sector team acts.</summary>
    public bool IsCouncilMember => OrganisationId is not null && CouncilStatus != OrganisationStatus.Suspended;
    public bool IsCouncilAdmin => IsCouncilMember && Role == CouncilRole.Admin;
}

/// <summary>The current organisation for the database's tenancy filter: the verified membership of this request, or none.</summary>
public sealed class RequestOrganisation(IHttpContextAccessor http) : ICurrentOrganisation
{
    public int? OrganisationId => http.HttpContext?.Features.Get<CouncilMembership>()?.OrganisationId;
}

/// <summary>Loads the membership after authentication; a cookie whose user is gone or whose security stamp changed is dropped.</summary>
public sealed class CouncilMembershipMiddleware(RequestDelegate next, SectorOptions sector, IOptions<IdentityOptions> identity)
{
    public async Task InvokeAsync(HttpContext context, RoleMapperDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var membership = await LoadAsync(context.User, db, context.RequestAborted);
            if (membership is null)
            {
                await context.SignOutAsync(IdentityConstants.ApplicationScheme);
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
            else
            {
                context.Features.Set(membership);
            }
        }
        await next(context);
    }

    private async Task<CouncilMembership?> LoadAsync(ClaimsPrincipal principal, RoleMapperDbContext db, CancellationToken ct)
    {
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null)
        {
            return null;
        }
        var row = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Email,
                u.SecurityStamp,
                u.OrganisationId,
                OrganisationName = u.Organisation == null ? null : u.Organisation.Name,
                CouncilStatus = u.Organisation == null ? (OrganisationStatus?)null : u.Organisation.Status,
                u.CouncilRole,
                InSectorRole = db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == SectorRole.Id),
            })
            .FirstOrDefaultAsync(ct);
        if (row is null || row.SecurityStamp != stamp)
        {
            return null;
        }
        var email = row.Email ?? "";
        return new CouncilMembership(userId, email, row.OrganisationId, row.OrganisationName, row.CouncilRole,
            row.InSectorRole || sector.IsSectorEmail(email), row.CouncilStatus);
    }
}

/// <summary>Configuration section "Sector": the addresses that get the sector role without being granted it in the database.</summary>
public sealed class SectorOptions
{
    public const string Section = "Sector";
    public string[] AdminEmails { get; set; } = [];

    public bool IsSectorEmail(string email) =>
        email.Length > 0 && AdminEmails.Any(a => string.Equals(a.Trim(), email, StringComparison.OrdinalIgnoreCase));
}
