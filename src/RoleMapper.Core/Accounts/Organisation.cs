namespace RoleMapper.Core.Accounts;

/// <summary>A council that uses RoleMapper. Its name is unique ignoring case and surrounding spaces.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Trimmed and upper-cased name, for the unique index (SQLite's default comparison is case-sensitive).</summary>
    public required string NormalizedName { get; set; }
    public OrganisationType Type { get; set; }
    public EnglishRegion Region { get; set; }
    public DateTime CreatedUtc { get; set; }

    public const int MaxNameLength = 200;

    public static string Normalize(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
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
