using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Pages.Sector.Councils;

/// <summary>The colour of a council's status tag: green when verified, amber while waiting for a check, red when suspended.</summary>
public static class StatusTag
{
    public static string For(OrganisationStatus status) => status switch
    {
        OrganisationStatus.Verified => "tag--green",
        OrganisationStatus.Unverified => "tag--amber",
        _ => "tag--red",
    };
}
