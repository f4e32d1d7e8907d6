// events with custom add/remove accessors, a handler list keyed by event name, and static events
var src = new Source();
EventHandler h1 = (s, e) => Console.WriteLine("h1");
EventHandler h2 = (s, e) => Console.WriteLine("h2");
src.Changed += h1;
src.Changed += h2;
src.Fire();
src.Changed -= h1;
src.Fire();
src.Changed -= h1;
Console.WriteLine("subscribers " + src.Count);
Source.Global += (s, e) => Console.WriteLine("global " + ((EventArgs)e == EventArgs.Empty));
Source.Global += (s, e) => Console.WriteLine("global 2 " + (s == null));
Source.RaiseGlobal();
class Source
{
    private readonly List<EventHandler> handlers = new();
    public int Count => handlers.Count;
    public event EventHandler Changed
    {
        add { Console.WriteLine("add #" + handlers.Count); handlers.Add(value); }
        remove { Console.WriteLine("remove -> " + handlers.Remove(value)); }
    }
    public void Fire()
    {
        Console.WriteLine("fire");
        foreach (var h in handlers.ToArray()) h(this, EventArgs.Empty);
    }
    public static event EventHandler? Global;
    public static void RaiseGlobal() => Global?.Invoke(null, EventArgs.Empty);
}
