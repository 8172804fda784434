using System.Text;
using Microsoft.Bot.Schema;

namespace Bot.DirectLine;

/// <summary>What the stores and endpoints need to know about an activity, decided in one place.</summary>
public static class DirectLineActivities
{
    /// <summary>A message a person wrote (client posts are stamped with the user role): it makes a conversation worth keeping for the full retention.</summary>
    public static bool IsFromCitizen(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type == ActivityTypes.Message &&
               string.Equals(activity.From?.Role, RoleTypes.User, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Bytes the activity takes as stored JSON apart from its text (<c>channelData</c>, attachments, entities, value…).
    /// The text is left out because an over-long message deserves the bot's polite refusal rather than a protocol
    /// error; the request body limit bounds it, and the conversation's byte budget bounds what is kept of it.
    /// </summary>
    public static int BytesBesideText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        activity.Text = null;
        try
        {
            return Encoding.UTF8.GetByteCount(DirectLineJson.Serialize(activity));
        }
        finally
        {
            activity.Text = text;
        }
    }
}
