namespace RoleMapper.Core.Maturity;

// The JSON shape of data/maturity-model.json. Everything is nullable because the file is hand-edited: the reader
// checks each field and names the one that is missing, rather than failing somewhere later with a null reference.

internal sealed record MaturityModelFile(string? Source, string? Description, List<StrandFile?>? Strands);

internal sealed record StrandFile(string? Id, string? Title, string? LongTitle, List<StageFile?>? Stages);

internal sealed record StageFile(string? Id, bool Baseline, List<StatementFile?>? Statements);

internal sealed record StatementFile(string? Id, string? Text, List<string?>? Evidence);
