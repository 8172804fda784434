using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Configuration;

/// <summary>Validates the nested <see cref="SearchOptions"/>, which data-annotation validation of the parent skips.</summary>
internal sealed class KnowledgeBaseOptionsValidator : IValidateOptions<KnowledgeBaseOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeBaseOptions options)
    {
        if (options.Search is null)
        {
            return ValidateOptionsResult.Fail($"{KnowledgeBaseOptions.SectionName}:Search is required");
        }

        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(options.Search, new ValidationContext(options.Search), results, validateAllProperties: true))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(results.Select(r =>
            $"{KnowledgeBaseOptions.SectionName}:Search:{string.Join(',', r.MemberNames)}: {r.ErrorMessage}"));
    }
}
