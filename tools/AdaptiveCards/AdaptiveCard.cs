namespace AdaptiveCards
{
    public class AdaptiveCard
    {
    }
}
