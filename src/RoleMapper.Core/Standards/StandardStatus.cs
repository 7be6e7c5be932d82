namespace RoleMapper.Core.Standards;

/// <summary>The feed's <c>status</c> values. "Paused for starts" is not a status in the API: it is a flag on an approved version.</summary>
public enum StandardStatus
{
    ApprovedForDelivery,
    Retired,
    InDevelopment,
    ProposalInDevelopment,
    Withdrawn,
    PotentialStandard,
}

public static class StandardStatusText
{
    private static readonly Dictionary<string, StandardStatus> FromFeed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Approved for delivery"] = StandardStatus.ApprovedForDelivery,
        ["Retired"] = StandardStatus.Retired,
        ["In development"] = StandardStatus.InDevelopment,
        ["Proposal in development"] = StandardStatus.ProposalInDevelopment,
        ["Withdrawn"] = StandardStatus.Withdrawn,
        ["PotentialStandard"] = StandardStatus.PotentialStandard,
    };

    public static bool TryParse(string? text, out StandardStatus status) =>
        FromFeed.TryGetValue(text?.Trim() ?? "", out status);

    /// <summary>The words a person reads, as the feed and the Institute's website write them.</summary>
    public static string Display(this StandardStatus status) => status switch
    {
        StandardStatus.ApprovedForDelivery => "Approved for delivery",
        StandardStatus.Retired => "Retired",
        StandardStatus.InDevelopment => "In development",
        StandardStatus.ProposalInDevelopment => "Proposal in development",
        StandardStatus.Withdrawn => "Withdrawn",
        StandardStatus.PotentialStandard => "Potential standard",
        _ => status.ToString(),
    };
}
