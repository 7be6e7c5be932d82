using RoleMapper.Search.Matching;
using RoleMapper.Search.RoleMap;
using RoleMapper.Search.Titles;

namespace RoleMapper.Search.Ranking;

/// <summary>
/// Turns the evidence gathered for each candidate of one title into its <see cref="Features"/>. Some features compare a
/// candidate with the rest of the pool (its lead in name score and in meaning), so the whole pool is measured first
/// (<see cref="Complete"/>).
/// </summary>
internal sealed class FeatureContext(ParsedTitle parsed, TitleQuery query, KnownEvidence known, float[]? vector)
{
    private float bestName;
    private float secondName;
    private float bestSemantic;
    private float secondSemantic;
    private float bestVotes;
    private float secondVotes;
    private readonly bool generic = ConfidenceBands.IsGeneric(query);

    public void Complete(IReadOnlyList<ScoredStandard> pool)
    {
        (bestName, secondName) = TopTwo(pool.Select(c => c.Words.NameScore));
        (bestSemantic, secondSemantic) = TopTwo(pool.Select(c => c.Semantic));
        (bestVotes, secondVotes) = TopTwo(pool.Select(c => LexicalVotes(c) + SemanticVotes(c)));
    }

    /// <summary>The share of the lexical neighbours' votes that go to the candidate.</summary>
    private float LexicalVotes(ScoredStandard c) => known.LexicalTotal > 0 ? (c.Known?.LexicalVotes ?? 0) / known.LexicalTotal : 0;

    private float SemanticVotes(ScoredStandard c) => known.SemanticTotal > 0 ? (c.Known?.SemanticVotes ?? 0) / known.SemanticTotal : 0;

    public float[] Features(ScoredStandard c)
    {
        var f = new float[Ranking.Features.Count];
        var words = c.Words;
        var level = c.Entry.Level;
        f[Ranking.Features.NameScore] = words.NameScore;
        // The lead over the best other candidate: positive only for the best, so two equally good names are no lead.
        f[Ranking.Features.NameLead] = words.NameScore - (words.NameScore >= bestName ? secondName : bestName);
        f[Ranking.Features.ExactTitle] = words.NamedAfterTheJob ? 1 : 0;
        f[Ranking.Features.ExactJobTitle] = words.ListsTheJob ? 1 : 0;
        f[Ranking.Features.OtherNames] = words.OtherNames;
        f[Ranking.Features.Description] = words.Description;
        f[Ranking.Features.OwnTitle] = words.OwnTitle;
        f[Ranking.Features.Aboutness] = words.Aboutness;
        f[Ranking.Features.Qualifiers] = c.Qualifiers;
        f[Ranking.Features.Guessed] = words.Guessed ? 1 : 0;
        f[Ranking.Features.OnlyGuessed] = words.OnlyGuessed ? 1 : 0;
        f[Ranking.Features.NothingTyped] = words.NothingTyped && words.NameScore > 0 ? 1 : 0;
        f[Ranking.Features.KeyWordRead] = words.KeyWordRead ? 1 : 0;
        f[Ranking.Features.SharesOnlyTheRoleWord] = words.SharesOnlyTheRoleWord ? 1 : 0;
        f[Ranking.Features.OnsWhole] = c.OccupationGroup is not null && c.OccupationWhole ? c.OccupationShare : 0;
        f[Ranking.Features.OnsTail] = c.OccupationGroup is not null && !c.OccupationWhole ? c.OccupationShare : 0;
        f[Ranking.Features.LevelAsked] = LevelFit.Asked(level, parsed);
        f[Ranking.Features.LeanLower] = LevelFit.Lower(level, parsed);
        f[Ranking.Features.LeanHigher] = LevelFit.Higher(level, parsed);
        f[Ranking.Features.LeanExecutive] = LevelFit.Executive(level, parsed);
        f[Ranking.Features.Leadership] = c.LeadershipRank is { } lead ? 1f / (lead + 1) : 0;
        f[Ranking.Features.GeneralStandard] = c.GeneralRank is { } general ? 1f / (general + 1) : 0;
        f[Ranking.Features.KnownLexicalFirst] = c.Known?.LexicalFirst?.Closeness ?? 0;
        f[Ranking.Features.KnownLexicalLater] = c.Known?.LexicalLater?.Closeness ?? 0;
        f[Ranking.Features.KnownSemanticFirst] = c.Known?.SemanticFirst?.Closeness ?? 0;
        f[Ranking.Features.KnownSemanticLater] = c.Known?.SemanticLater?.Closeness ?? 0;
        f[Ranking.Features.KnownBestLexical] = known.BestLexical;
        f[Ranking.Features.KnownBestSemantic] = known.BestSemantic;
        f[Ranking.Features.KnownNoStandardLexical] = known.NoStandardLexical?.Closeness ?? 0;
        f[Ranking.Features.KnownNoStandardSemantic] = known.NoStandardSemantic?.Closeness ?? 0;
        f[Ranking.Features.Semantic] = c.Semantic;
        f[Ranking.Features.SemanticLead] = vector is null ? 0 : c.Semantic - (c.Semantic >= bestSemantic ? secondSemantic : bestSemantic);
        f[Ranking.Features.GenericTitle] = generic ? 1 : 0;
        f[Ranking.Features.KnownLexicalVotes] = LexicalVotes(c);
        f[Ranking.Features.KnownSameRoleWord] = c.Known?.SameRoleWord ?? 0;
        f[Ranking.Features.KnownSemanticVotes] = SemanticVotes(c);
        var votes = f[Ranking.Features.KnownLexicalVotes] + f[Ranking.Features.KnownSemanticVotes];
        f[Ranking.Features.KnownVotesLead] = votes - (votes >= bestVotes ? secondVotes : bestVotes);
        f[Ranking.Features.MapPrior] = known.Prior(c.Entry.Reference);
        return f;
    }

    private static (float Best, float Second) TopTwo(IEnumerable<float> values)
    {
        var (best, second) = (0f, 0f);
        foreach (var v in values)
        {
            if (v > best)
            {
                (best, second) = (v, best);
            }
            else if (v > second)
            {
                second = v;
            }
        }
        return (best, second);
    }
}
