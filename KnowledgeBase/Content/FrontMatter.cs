using YamlDotNet.Serialization;

namespace KnowledgeBase.Content;

/// <summary>The YAML front matter of a procedure file, exactly as editors write it.</summary>
internal sealed class FrontMatter
{
    [YamlMember(Alias = "code")] public string? Code { get; set; }
    [YamlMember(Alias = "name")] public string? Name { get; set; }
    [YamlMember(Alias = "levels")] public List<string>? Levels { get; set; }
    [YamlMember(Alias = "ministry")] public string? Ministry { get; set; }
    [YamlMember(Alias = "field")] public string? Field { get; set; }
    [YamlMember(Alias = "agency")] public string? Agency { get; set; }
    [YamlMember(Alias = "applicant")] public string? Applicant { get; set; }
    [YamlMember(Alias = "source")] public string? Source { get; set; }
    [YamlMember(Alias = "decision")] public string? Decision { get; set; }
    [YamlMember(Alias = "type")] public string? Type { get; set; }
    [YamlMember(Alias = "updated")] public string? Updated { get; set; }
    [YamlMember(Alias = "audience")] public string? Audience { get; set; }
    [YamlMember(Alias = "aliases")] public List<string>? Aliases { get; set; }
    [YamlMember(Alias = "channels")] public List<FrontMatterChannel>? Channels { get; set; }
    [YamlMember(Alias = "facts")] public FrontMatterFacts? Facts { get; set; }
}

/// <summary>Structured facts editors can correct: fee rules, processing times and the place to file.</summary>
internal sealed class FrontMatterFacts
{
    [YamlMember(Alias = "fees")] public List<FrontMatterFee>? Fees { get; set; }
    [YamlMember(Alias = "times")] public List<FrontMatterTime>? Times { get; set; }
    [YamlMember(Alias = "place")] public string? Place { get; set; }
    [YamlMember(Alias = "imported")] public string? Imported { get; set; }
}

internal sealed class FrontMatterFee
{
    [YamlMember(Alias = "channel")] public string? Channel { get; set; }
    [YamlMember(Alias = "amount")] public long? Amount { get; set; }
    [YamlMember(Alias = "currency")] public string? Currency { get; set; }
    [YamlMember(Alias = "unit")] public string? Unit { get; set; }
    [YamlMember(Alias = "from")] public string? From { get; set; }
    [YamlMember(Alias = "until")] public string? Until { get; set; }
    [YamlMember(Alias = "free")] public bool? Free { get; set; }
    [YamlMember(Alias = "rule")] public string? Rule { get; set; }
    [YamlMember(Alias = "set_locally")] public bool? SetLocally { get; set; }
    [YamlMember(Alias = "other_cases")] public bool? OtherCases { get; set; }
    [YamlMember(Alias = "label")] public string? Label { get; set; }
    [YamlMember(Alias = "case")] public string? Case { get; set; }
}

internal sealed class FrontMatterTime
{
    [YamlMember(Alias = "channel")] public string? Channel { get; set; }
    [YamlMember(Alias = "value")] public decimal? Value { get; set; }
    [YamlMember(Alias = "unit")] public string? Unit { get; set; }
    [YamlMember(Alias = "qualifier")] public string? Qualifier { get; set; }
}

internal sealed class FrontMatterChannel
{
    [YamlMember(Alias = "channel")] public string? Channel { get; set; }
    [YamlMember(Alias = "time")] public string? Time { get; set; }
    [YamlMember(Alias = "fee")] public string? Fee { get; set; }
    [YamlMember(Alias = "note")] public string? Note { get; set; }
}
