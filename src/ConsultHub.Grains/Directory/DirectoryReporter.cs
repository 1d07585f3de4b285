using ConsultHub.Domain.Model;

namespace ConsultHub.Grains.Directory;

/// <summary>A consultation grain's reports to the directory: only when its listing changed, one-way.</summary>
public sealed class DirectoryReporter(IDirectoryGrain directory)
{
    private DirectoryListing? _last;

    /// <summary>After activation, every accepted change and every change in the observers the silos report.</summary>
    public void Changed(ConsultationState state, int observers)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.Created)
        {
            return;
        }
        var listing = DirectoryListing.Of(state, observers);
        if (_last is not null && _last with { Version = listing.Version } == listing)
        {
            return;
        }
        _last = listing;
        // One-way: the consultation's turn never waits for the directory.
        _ = directory.UpdateAsync(listing);
    }
}
