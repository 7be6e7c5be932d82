namespace RoleMapper.Core.Accounts;

/// <summary>One current English council from the list of local authorities (data/councils/).</summary>
/// <param name="OnsCode">The ONS (GSS) code, e.g. E07000223.</param>
/// <param name="Name">The official name, e.g. "Adur District Council": the name the council registers under.</param>
/// <param name="ShortName">The name people use, e.g. "Adur".</param>
/// <param name="OtherNames">Other spellings the list knows, e.g. "adur and worthing borough council".</param>
public sealed record LocalAuthority(string OnsCode, string Name, string ShortName, OrganisationType Type, EnglishRegion Region,
    IReadOnlyList<string> OtherNames)
{
    /// <summary>"Adur District Council (District council, South East)", as pages and the command line show it.</summary>
    public string Describe() => $"{Name} ({Type.Display()}, {Region.Display()})";
}
