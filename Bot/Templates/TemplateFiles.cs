using System.Text;

namespace Bot.Templates;

/// <summary>
/// The one reader of the texts the bot ships embedded in its assembly: the catalogue of citizen-facing messages
/// (<see cref="TemplateCatalog"/>), the aspects, the LLM prompt and the procedure page templates. Texts are UTF-8 and
/// composed (NFC), so a file saved decomposed by an editor still matches what the code compares it with.
/// </summary>
public static class TemplateFiles
{
    public static Stream Open(string resourceName)
    {
        ArgumentNullException.ThrowIfNull(resourceName);
        return typeof(TemplateFiles).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded template '{resourceName}' is missing from the Bot assembly");
    }

    public static string Read(string resourceName)
    {
        using var reader = new StreamReader(Open(resourceName), Encoding.UTF8);
        return reader.ReadToEnd().TrimEnd('\n', '\r').Normalize(NormalizationForm.FormC);
    }
}
