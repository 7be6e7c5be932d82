using RoleMapper.Core.Programme;

namespace RoleMapper.Core.Plan;

/// <summary>One year of the levy account under the plan, in whole pounds.</summary>
/// <param name="Available">Funds in the account at the start of the year plus the levy paid in during it.</param>
/// <param name="Spend">The plan's cost for the year that the account pays.</param>
/// <param name="Shortfall">The part of the year's cost the account cannot pay when it is drawn: the council pays it
/// (or asks another employer for a transfer).</param>
/// <param name="Expired">Funds that reached their expiry during the year unspent, and left the account.</param>
/// <param name="Left">Funds in the account at the end of the year.</param>
public sealed record LevyYear(FinancialYear Year, long Available, long Spend, long Shortfall, long Expired, long Left);

/// <summary>
/// The levy account month by month over the plan's years, as the levy works: each month's levy enters the account and
/// expires <c>expiryMonths</c> months later unless spent, and spending takes the oldest funds first (first in, first
/// out). The plan's figures are yearly, so the model spreads them over the months: a year's levy arrives in twelve
/// equal parts, and a year's planned cost is drawn in twelve equal parts (starts spread across the year). The opening
/// balance is taken as funds that arrived evenly over the <c>expiryMonths</c> months before the plan begins (the
/// balance of a steady account), so it expires bit by bit over the plan's first months rather than all at once.
/// Pennies are carried exactly: amounts are split into whole pounds with the remainder in the last months.
/// </summary>
public static class LevyForecast
{
    public static IReadOnlyList<LevyYear> Run(FinancialYear first, long annualLevy, long openingBalance, IReadOnlyList<long> costByYear,
        int expiryMonths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expiryMonths, 1);
        // Each tranche: the month it expires in (months counted from the plan's first April, 0-based) and what is left of it.
        var tranches = new LinkedList<(int ExpiresAt, long Amount)>();
        var openingParts = Split(openingBalance, expiryMonths);
        for (var i = 0; i < expiryMonths; i++)
        {
            // The part that arrived i+1 months before the plan's start expires expiryMonths-(i+1) months after it; the
            // oldest first, so the account stays in order of expiry.
            var arrived = i - expiryMonths;
            tranches.AddLast((arrived + expiryMonths, openingParts[i]));
        }
        var years = new List<LevyYear>();
        for (var y = 0; y < costByYear.Count; y++)
        {
            var levyParts = Split(annualLevy, 12);
            var costParts = Split(costByYear[y], 12);
            var available = tranches.Sum(t => t.Amount) + annualLevy;
            long spend = 0, shortfall = 0, expired = 0;
            for (var m = 0; m < 12; m++)
            {
                var month = y * 12 + m;
                // Funds whose time is up leave before this month's levy arrives and this month's cost is drawn.
                while (tranches.First is { } oldest && oldest.Value.ExpiresAt <= month)
                {
                    expired += oldest.Value.Amount;
                    tranches.RemoveFirst();
                }
                tranches.AddLast((month + expiryMonths, levyParts[m]));
                var due = costParts[m];
                while (due > 0 && tranches.First is { } take)
                {
                    var paid = Math.Min(due, take.Value.Amount);
                    due -= paid;
                    spend += paid;
                    if (paid == take.Value.Amount)
                    {
                        tranches.RemoveFirst();
                    }
                    else
                    {
                        take.Value = (take.Value.ExpiresAt, take.Value.Amount - paid);
                    }
                }
                shortfall += due;
            }
            years.Add(new LevyYear(new FinancialYear(first.StartYear + y), available, spend, shortfall, expired, tranches.Sum(t => t.Amount)));
        }
        return years;
    }

    /// <summary>An amount in <paramref name="parts"/> whole-pound parts that add up to it exactly, the remainder in the last ones.</summary>
    private static long[] Split(long amount, int parts)
    {
        var each = amount / parts;
        var remainder = amount % parts;
        return Enumerable.Range(0, parts).Select(i => each + (i >= parts - remainder ? 1 : 0)).ToArray();
    }
}
