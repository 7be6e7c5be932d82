namespace RoleMapper.Search.Ranking;

/// <summary>
/// The evidence about one candidate standard for one title, each kind a number the ranking model weighs. The names are
/// the keys of data/matching/ranking-model.json; docs/matching.md says what each measures and what it was fitted to.
/// </summary>
internal static class Features
{
    // Words in names and descriptions (CandidateScorer).
    public const int NameScore = 0;
    public const int NameLead = 1;
    public const int ExactTitle = 2;
    public const int ExactJobTitle = 3;
    public const int OtherNames = 4;
    public const int Description = 5;
    public const int OwnTitle = 6;
    public const int Aboutness = 7;
    public const int Qualifiers = 8;
    public const int Guessed = 9;
    public const int OnlyGuessed = 10;
    public const int NothingTyped = 11;
    public const int KeyWordRead = 12;
    public const int SharesOnlyTheRoleWord = 13;
    // ONS occupation groups.
    public const int OnsWhole = 14;
    public const int OnsTail = 15;
    // Level fit.
    public const int LevelAsked = 16;
    public const int LeanLower = 17;
    public const int LeanHigher = 18;
    public const int LeanExecutive = 19;
    // Standards brought in by role: leadership for heads of service, general standards for the role word.
    public const int Leadership = 20;
    public const int GeneralStandard = 21;
    // The sector role map and council agreement (known titles).
    public const int KnownLexicalFirst = 22;
    public const int KnownLexicalLater = 23;
    public const int KnownSemanticFirst = 24;
    public const int KnownSemanticLater = 25;
    public const int KnownBestLexical = 26;
    public const int KnownBestSemantic = 27;
    public const int KnownNoStandardLexical = 28;
    public const int KnownNoStandardSemantic = 29;
    // Semantic similarity of the title and the standard's names.
    public const int Semantic = 30;
    public const int SemanticLead = 31;
    // The title on its own.
    public const int GenericTitle = 32;
    // What the known titles near this one vote for, as a share of all their closeness.
    public const int KnownLexicalVotes = 33;
    public const int KnownSemanticVotes = 34;
    public const int KnownVotesLead = 35;
    // How often the sector role map chooses the standard first, whatever the title.
    public const int MapPrior = 36;
    // The nearest known title listing the standard that is the same kind of job (its job ends in the same word).
    public const int KnownSameRoleWord = 37;

    public static readonly string[] Names =
    [
        "name_score", "name_lead", "exact_title", "exact_job_title", "other_names", "description", "own_title", "aboutness",
        "qualifiers", "guessed", "only_guessed", "nothing_typed", "key_word_read", "shares_only_the_role_word",
        "ons_group_whole", "ons_group_tail",
        "level_asked", "lean_lower", "lean_higher", "lean_executive",
        "leadership", "general_standard",
        "known_lexical_first", "known_lexical_later", "known_semantic_first", "known_semantic_later",
        "known_best_lexical", "known_best_semantic", "known_no_standard_lexical", "known_no_standard_semantic",
        "semantic", "semantic_lead",
        "generic_title",
        "known_lexical_votes", "known_semantic_votes", "known_votes_lead", "map_prior",
        "known_same_role_word",
    ];

    public static int Count => Names.Length;

    /// <summary>Every pair of features (a feature with itself too), in a fixed order: the products the model may weigh.</summary>
    public static readonly (int A, int B)[] Pairs =
        [.. Enumerable.Range(0, Names.Length).SelectMany(a => Enumerable.Range(a, Names.Length - a).Select(b => (a, b)))];

    /// <summary>The name of the product of two features in ranking-model.json: "a*b".</summary>
    public static string Pair(int a, int b) => $"{Names[a]}*{Names[b]}";

    /// <summary>The two features of a product's name, or null when it names no pair of features.</summary>
    public static (int A, int B)? PairOf(string name) =>
        name.Split('*') is [var a, var b] && Array.IndexOf(Names, a) is >= 0 and var i && Array.IndexOf(Names, b) is >= 0 and var j ? (i, j) : null;

    /// <summary>The features that say what the sector role map and council agreement know.</summary>
    public static readonly int[] Known = [KnownLexicalFirst, KnownLexicalLater, KnownSemanticFirst, KnownSemanticLater, KnownLexicalVotes, KnownSemanticVotes, KnownSameRoleWord];
}
