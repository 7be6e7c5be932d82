using CsvHelper;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// The current English councils, read once from data/councils/english-local-authorities.csv (mySociety's list of UK
/// local authority names and codes, CC BY 4.0; data/councils/SOURCE.md). Councils register only from this list, so a
/// name cannot be invented or taken from its council. Past councils (abolished in a reorganisation) and combined or
/// strategic authorities are left out: they cannot be picked. The list is data to refresh when councils are
/// reorganised, not code.
/// </summary>
public sealed class LocalAuthorityList
{
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "data", "councils", "english-local-authorities.csv");

    /// <summary>The list's council types (local-authority-type), as RoleMapper groups them.</summary>
    private static readonly Dictionary<string, OrganisationType> Types = new(StringComparer.Ordinal)
    {
        ["CTY"] = OrganisationType.County,
        ["NMD"] = OrganisationType.District,
        ["UA"] = OrganisationType.Unitary,
        ["MD"] = OrganisationType.Metropolitan,
        ["LBO"] = OrganisationType.LondonBorough,
        // The City of London Corporation is neither a borough nor a unitary; the sector groups it with other bodies.
        ["CC"] = OrganisationType.Other,
    };

    private static readonly Dictionary<string, EnglishRegion> Regions =
        Enum.GetValues<EnglishRegion>().ToDictionary(r => r.Display(), StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, LocalAuthority> byCode;
    private readonly ILookup<string, LocalAuthority> byName;

    public LocalAuthorityList(IEnumerable<LocalAuthority> councils)
    {
        All = councils.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        byCode = All.ToDictionary(c => c.OnsCode, StringComparer.OrdinalIgnoreCase);
        byName = All.SelectMany(c => c.OtherNames.Append(c.Name).Append(c.ShortName).Select(Organisation.Normalize).Distinct()
                .Select(name => (Name: name, Council: c)))
            .ToLookup(x => x.Name, x => x.Council);
    }

    /// <summary>Every current council, by name.</summary>
    public IReadOnlyList<LocalAuthority> All { get; }

    public LocalAuthority? ByOnsCode(string? code) => code is null ? null : byCode.GetValueOrDefault(code.Trim());

    /// <summary>
    /// The councils a name or an ONS code may mean: the official name, the short name or another spelling the list
    /// knows, ignoring case and spaces. More than one when a spelling is shared (a joint council's name).
    /// </summary>
    public IReadOnlyList<LocalAuthority> Find(string nameOrCode) =>
        ByOnsCode(nameOrCode) is { } council ? [council] : byName[Organisation.Normalize(nameOrCode)].ToList();

    public static LocalAuthorityList LoadDefault() => Load(DefaultPath);

    /// <exception cref="InvalidDataException">The list has a row RoleMapper cannot place; it ships with the app, so that is a bug.</exception>
    public static LocalAuthorityList Load(string path)
    {
        using var csv = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ',', TrimWhitespace = true });
        var councils = new List<LocalAuthority>();
        while (csv.Read())
        {
            var type = csv.GetString("local-authority-type");
            // Combined and strategic authorities are not councils that employ the staff RoleMapper maps.
            if (csv.GetString("current-authority") != "True" || type is "COMB" or "SRA")
            {
                continue;
            }
            var code = csv.GetString("gss-code");
            if (!Types.TryGetValue(type, out var councilType) || !Regions.TryGetValue(csv.GetString("region"), out var region))
            {
                throw new InvalidDataException($"{path}: {code} has a type ({type}) or region ({csv.GetString("region")}) RoleMapper does not know.");
            }
            var otherNames = csv.GetString("alt-names").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            councils.Add(new LocalAuthority(code, csv.GetString("official-name"), csv.GetString("nice-name"), councilType, region, otherNames));
        }
        return new LocalAuthorityList(councils);
    }
}
