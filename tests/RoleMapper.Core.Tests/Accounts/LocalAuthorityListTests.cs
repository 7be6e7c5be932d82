using RoleMapper.Core.Accounts;

namespace RoleMapper.Core.Tests.Accounts;

/// <summary>The bundled list of English councils (data/councils/), as registration and <c>org create</c> read it.</summary>
public sealed class LocalAuthorityListTests
{
    private static readonly LocalAuthorityList List = LocalAuthorityList.LoadDefault();

    [Fact]
    public void HoldsTheCurrentCouncilsOnly_WithTheirTypesAndRegions()
    {
        // SOURCE.md: 317 current English councils on the list's commit, without combined and strategic authorities.
        Assert.Equal(317, List.All.Count);
        Assert.Equal(317, List.All.Select(c => c.OnsCode).Distinct().Count());
        Assert.Equal(new LocalAuthority("E09000001", "City of London Corporation", "City of London", OrganisationType.Other, EnglishRegion.London, []),
            List.ByOnsCode("E09000001")! with { OtherNames = [] });
        Assert.Equal(32, List.All.Count(c => c.Type == OrganisationType.LondonBorough));
        Assert.Null(List.ByOnsCode("E07000026")); // Allerdale, abolished in 2023
        Assert.Null(List.ByOnsCode("E47000001")); // a combined authority
    }

    [Theory]
    [InlineData("E06000014")]
    [InlineData("e06000014")]
    [InlineData("York")]
    [InlineData("  city of YORK council ")]
    public void Find_ByCodeOrAnySpellingTheListKnows(string nameOrCode) =>
        Assert.Equal(["E06000014"], List.Find(nameOrCode).Select(c => c.OnsCode));

    [Fact]
    public void Find_ASpellingTwoCouncilsShare_ReturnsBoth_AndAnUnknownNameNone()
    {
        // The list gives "City of" as another spelling of both Bristol and Hull; the command line then asks for the code.
        Assert.Equal(["City of Bristol", "Kingston upon Hull"], List.Find("City of").Select(c => c.ShortName).Order());
        Assert.Equal(["Worthing"], List.Find("Adur and Worthing Borough Council").Select(c => c.ShortName));
        Assert.Empty(List.Find("Barsetshire County Council"));
    }
}
