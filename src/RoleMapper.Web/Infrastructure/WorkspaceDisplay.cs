using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// How a role's mapping and a suggestion's confidence show: the same words on search, the role list, the role and the
/// dashboard.
/// </summary>
public static class WorkspaceDisplay
{
    public static (string Text, string Css) StatusTag(MappingStatus status) => status switch
    {
        MappingStatus.Confirmed => ("Confirmed", "tag--green"),
        MappingStatus.Suggested => ("Suggested", "tag--blue"),
        MappingStatus.NoSuitableStandard => ("No suitable standard", "tag--grey"),
        _ => ("Unmapped", "tag--amber"),
    };

    public static (string Text, string Css) ConfidenceTag(Confidence confidence) => confidence switch
    {
        Confidence.High => ("High confidence", "tag--green"),
        Confidence.Medium => ("Medium confidence", "tag--amber"),
        _ => ("Low confidence", "tag--grey"),
    };

    /// <summary>Who decides, from the signed-in person's verified membership.</summary>
    public static Decider Decider(this HttpContext context)
    {
        var membership = context.Features.Get<CouncilMembership>()!;
        return new Decider(membership.UserId, membership.Email);
    }
}
