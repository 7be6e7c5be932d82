using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using RoleMapper.Core.Data;
using RoleMapper.Search;
using RoleMapper.Search.Ranking;
using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;
using RoleMapper.TestSupport;

namespace RoleMapper.Fitting;

/// <summary>One candidate standard for one example title: its features, and whether the map lists it for the role.</summary>
/// <param name="Order">The candidate's place before the model: exact known titles first (<see cref="StandardMatcher"/>);
/// 0 for all others, which the probability orders.</param>
internal sealed record Row(int Example, int Fold, string Reference, float[] Features, bool Label, int Order, bool OneName);

/// <summary>One training title: a map role's title or alias, matched with the role's fold held out of the map, or
/// (<paramref name="OneName"/>) with only this name held out, the role's other names kept.</summary>
internal sealed record Example(int Id, int Fold, MappedRole Role, string Title, bool OneName);

/// <summary>
/// The training data: every title and alias of the sector role map, matched against the real index of the bundled
/// feed twice: with its own fold held out of the map (so the map features look as they will for a role the map lacks),
/// and with only itself held out (as they will for another way of writing a role the map has: "Refuse Driver" beside
/// the map's "Refuse Vehicle Driver"). Every candidate of the pool is a row labelled by whether the role lists it.
/// </summary>
internal sealed class TrainingSet
{
    public required IReadOnlyList<Example> Examples { get; init; }
    public required IReadOnlyList<Row> Rows { get; init; }
    public required int Folds { get; init; }

    public static async Task<TrainingSet> BuildAsync(IReadOnlyList<MappedRole> map, string mapFile, int k)
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.ImportAsync(RepoPaths.FullNewFeed);
        var parser = TitleParser.Load();
        var contexts = database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>();
        using var index = new StandardsIndex(contexts, NullLogger<StandardsIndex>.Instance, parser, new RoleMapCsvSource(mapFile), new CouncilAgreement(contexts, parser));
        await index.RebuildAsync();
        var matcher = new StandardMatcher(index, parser, useOccupationGroups: true, RankingModel.Unfitted);
        var examples = new List<Example>();
        var rows = new List<Row>();
        var folds = RoleMapFolds.Split(map, k);
        for (var f = 0; f < folds.Count; f++)
        {
            var fold = HeldOut.Fold(folds[f].Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
            foreach (var role in folds[f])
            {
                foreach (var name in role.Names)
                {
                    Add(new Example(examples.Count, f, role, name, OneName: false), fold);
                }
            }
        }
        for (var f = 0; f < folds.Count; f++)
        {
            foreach (var role in folds[f])
            {
                foreach (var name in role.Names)
                {
                    Add(new Example(examples.Count, f, role, name, OneName: true), HeldOut.OneName(role.Id, name));
                }
            }
        }
        return new TrainingSet { Examples = examples, Rows = rows, Folds = k };

        void Add(Example example, HeldOut heldOut)
        {
            examples.Add(example);
            var ranked = matcher.Rank(example.Title, new MatchOptions(), heldOut);
            rows.AddRange(ranked.Candidates.Select(c => new Row(example.Id, example.Fold, c.Entry.Reference, c.Features, example.Role.Standards.Contains(c.Entry.Reference),
                c.KnownTier is { } tier ? tier.Source * 10 + tier.Position - 100 : 0, example.OneName)));
        }
    }
}
