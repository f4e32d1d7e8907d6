// event usage patterns: an observer list with Action<T> events, unsubscribing inside a handler
// (the current raise still calls the snapshot), handler exceptions stopping later handlers,
// events on structs via interface, static event counters, and GetInvocationList iteration
var bus = new Bus();
Action<string>? self = null;
self = m => { Console.WriteLine("self-removing got " + m); bus.Message -= self; };
bus.Message += m => Console.WriteLine("first got " + m);
bus.Message += self;
bus.Message += m => Console.WriteLine("last got " + m);
bus.Send("one");
bus.Send("two");
bus.Message += m => { if (m == "bad") throw new InvalidOperationException("handler failed"); };
bus.Message += m => Console.WriteLine("after thrower got " + m);
try { bus.Send("bad"); } catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
Console.WriteLine("-- safe raise");
bus.SafeSend("bad");
Console.WriteLine("handlers: " + bus.Count);
var thermo = new Thermostat();
int alarms = 0;
thermo.TooHot += (s, t) => { alarms++; Console.WriteLine($"too hot: {t}"); };
foreach (var t in new[] { 20, 25, 31, 29, 35 }) thermo.Set(t);
Console.WriteLine("alarms " + alarms + " changes " + Thermostat.Changes);
INotifier n = new StructNotifier();
n.Ping += () => Console.WriteLine("ping via interface");
n.Raise();
class Bus
{
    public event Action<string>? Message;
    public int Count => Message?.GetInvocationList().Length ?? 0;
    public void Send(string m) => Message?.Invoke(m);
    public void SafeSend(string m)
    {
        if (Message == null) return;
        foreach (Action<string> h in Message.GetInvocationList())
        {
            try { h(m); } catch (Exception e) { Console.WriteLine("handler error: " + e.Message); }
        }
    }
}
class Thermostat
{
    public static int Changes;
    public event EventHandler<int>? TooHot;
    private int temp;
    public void Set(int t) { if (t != temp) Changes++; temp = t; if (t > 30) TooHot?.Invoke(this, t); }
}
interface INotifier { event Action Ping; void Raise(); }
struct StructNotifier : INotifier
{
    private Action? ping;
    public event Action Ping { add => ping += value; remove => ping -= value; }
    public void Raise() => ping?.Invoke();
}
