namespace RoleMapper.Core.Accounts;

/// <summary>
/// A council that uses RoleMapper. Its name is unique ignoring case and surrounding spaces, and so is its ONS code: a
/// council from the list of English local authorities (<see cref="LocalAuthorityList"/>) carries its code, a body
/// outside the list (a fire authority, a national park) has none.
/// </summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Trimmed and upper-cased name, for the unique index (SQLite's default comparison is case-sensitive).</summary>
    public required string NormalizedName { get; set; }
    public OrganisationType Type { get; set; }
    public EnglishRegion Region { get; set; }
    public DateTime CreatedUtc { get; set; }
    /// <summary>The ONS (GSS) code of the listed council, e.g. E07000223; null for a body outside the list.</summary>
    public string? OnsCode { get; set; }
    /// <summary>Whether the sector team has checked that the people who registered it work for it.</summary>
    public OrganisationStatus Status { get; set; }

    public const int MaxNameLength = 200;
    public const int OnsCodeLength = 9;

    public static string Normalize(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

/// <summary>
/// Where the sector team's check of a council stands. Only <see cref="Verified"/> councils count in sector figures.
/// Verified is the zero value on purpose: the migration that added the column gave every council that already existed
/// the column's default, so councils registered before the check keep counting as they did. Registration from the web
/// sets <see cref="Unverified"/> itself.
/// </summary>
public enum OrganisationStatus
{
    Verified = 0,
    Unverified = 1,
    /// <summary>A false claim: its people cannot use the workspace until the sector team hands it to the right admin.</summary>
    Suspended = 2,
}

public enum OrganisationType
{
    County,
    District,
    Unitary,
    Metropolitan,
    LondonBorough,
    Other,
}

/// <summary>The nine regions of England, as the ONS names them.</summary>
public enum EnglishRegion
{
    NorthEast,
    NorthWest,
    YorkshireAndTheHumber,
    EastMidlands,
    WestMidlands,
    EastOfEngland,
    London,
    SouthEast,
    SouthWest,
}

public static class OrganisationText
{
    public static string Display(this OrganisationType type) => type switch
    {
        OrganisationType.County => "County council",
        OrganisationType.District => "District council",
        OrganisationType.Unitary => "Unitary authority",
        OrganisationType.Metropolitan => "Metropolitan borough",
        OrganisationType.LondonBorough => "London borough",
        _ => "Other",
    };

    public static string Display(this OrganisationStatus status) => status switch
    {
        OrganisationStatus.Verified => "Verified",
        OrganisationStatus.Unverified => "Not yet verified",
        _ => "Suspended",
    };

    public static string Display(this EnglishRegion region) => region switch
    {
        EnglishRegion.NorthEast => "North East",
        EnglishRegion.NorthWest => "North West",
        EnglishRegion.YorkshireAndTheHumber => "Yorkshire and The Humber",
        EnglishRegion.EastMidlands => "East Midlands",
        EnglishRegion.WestMidlands => "West Midlands",
        EnglishRegion.EastOfEngland => "East of England",
        EnglishRegion.London => "London",
        EnglishRegion.SouthEast => "South East",
        _ => "South West",
    };
}
