using RoleMapper.Core.Plan;
using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Tests.Plan;

/// <summary>The levy account month by month: funds expire 24 months after they arrive unless spent, oldest spent first.</summary>
public sealed class LevyForecastTests
{
    private static readonly FinancialYear First = new(2026);

    [Fact]
    public void Run_NothingSpentForTwoYears_TheFirstYearsLevyExpiresInTheThird()
    {
        // £120,000 a year is £10,000 a month; nothing spent until year 3, which spends £60,000 (£5,000 a month).
        var years = LevyForecast.Run(First, annualLevy: 120_000, openingBalance: 0, costByYear: [0, 0, 60_000], expiryMonths: 24);

        Assert.Equal(new LevyYear(new(2026), 120_000, 0, 0, 0, 120_000), years[0]);
        Assert.Equal(new LevyYear(new(2027), 240_000, 0, 0, 0, 240_000), years[1]);
        // April 2028: April 2026's £10,000 expires before anything is drawn; each later month the £5,000 left of the
        // month before's tranche (half of it spent) expires: £10,000 + 11 x £5,000.
        Assert.Equal(new LevyYear(new(2028), 360_000, 60_000, 0, 65_000, 235_000), years[2]);
    }

    [Fact]
    public void Run_SpendingEveryYear_UsesTheOldestFundsFirstSoNothingExpires()
    {
        var years = LevyForecast.Run(First, 120_000, 0, [60_000, 60_000, 60_000], 24);

        Assert.All(years, y => Assert.Equal(0, y.Expired));
        Assert.Equal([60_000, 120_000, 180_000], years.Select(y => y.Left));
    }

    [Fact]
    public void Run_OpeningBalance_ExpiresOverTheFirstMonthsUnlessSpent()
    {
        // £24,000 unspent, taken as £1,000 from each of the 24 months before: it has all expired by the end of year 2.
        var years = LevyForecast.Run(First, 0, 24_000, [0, 0, 0], 24);

        Assert.Equal([12_000L, 12_000, 0], years.Select(y => y.Expired));
        Assert.Equal([12_000L, 0, 0], years.Select(y => y.Left));
    }

    [Fact]
    public void Run_CostAboveTheFunds_IsAShortfallNotANegativeBalance()
    {
        var years = LevyForecast.Run(First, 12_000, 0, [30_000, 0, 0], 24);

        Assert.Equal((12_000L, 18_000L, 0L), (years[0].Spend, years[0].Shortfall, years[0].Left));
        Assert.Equal(12_000, years[1].Left);
    }

    [Fact]
    public void Run_ShorterExpirySetting_ExpiresSooner()
    {
        var years = LevyForecast.Run(First, 120_000, 0, [0, 0, 0], expiryMonths: 12);

        Assert.Equal([0L, 120_000, 120_000], years.Select(y => y.Expired));
    }

    [Fact]
    public void Run_PoundsThatDoNotSplitEvenly_AreAllAccountedFor()
    {
        var years = LevyForecast.Run(First, 100_003, 7, [50_001, 0, 0], 24);

        Assert.All(years, y => Assert.Equal(y.Available, y.Spend + y.Expired + y.Left));
    }
}
