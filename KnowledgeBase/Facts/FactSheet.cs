using System.Runtime.CompilerServices;
using KnowledgeBase.Procedures;

namespace KnowledgeBase.Facts;

/// <summary>
/// A procedure's structured facts: the ones editors keep in the front matter (<c>facts:</c>) when the file has them,
/// else read from the catalogue's text the way the importer would write them. Worked out once per procedure.
/// </summary>
public static class FactSheet
{
    private static readonly ConditionalWeakTable<Procedure, ProcedureFacts> Derived = [];

    public static ProcedureFacts Of(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return procedure.Facts ?? Derived.GetValue(procedure, static p => Derive(p));
    }

    /// <summary>The facts the catalogue's text states, ignoring any structured facts the file already has.</summary>
    public static ProcedureFacts Derive(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return new ProcedureFacts
        {
            Fees = procedure.Channels.SelectMany(c => FeeReader.Rules(c.Fee, c.Channel, c.Note)).ToArray(),
            Times = procedure.Channels.Select(c => ProcessingTime.Parse(c.Time, c.Channel)).OfType<TimeFact>().ToArray(),
            Place = FilingPlace.Of(procedure),
        };
    }
}
