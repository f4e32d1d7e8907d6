// event add/remove, invocation order, removing a handler not subscribed, removing the last
// occurrence of a duplicate, and raising with no subscribers
var b = new Button();
b.Click += A;
b.Click += B;
b.Click += A;
b.Raise("1");
b.Click -= A;
b.Raise("2");
b.Click -= C;
b.Raise("3");
b.Click -= B;
b.Click -= A;
b.Raise("4 (none)");
Console.WriteLine("has handlers: " + b.HasHandlers);
int count = 0;
EventHandler<string> lambda = (s, e) => count++;
b.Click += lambda;
b.Click += lambda;
b.Raise("5");
b.Click -= lambda;
b.Raise("6");
Console.WriteLine("count " + count);
static void A(object? s, string e) => Console.WriteLine("A " + e);
static void B(object? s, string e) => Console.WriteLine("B " + e);
static void C(object? s, string e) => Console.WriteLine("C " + e);
class Button
{
    public event EventHandler<string>? Click;
    public bool HasHandlers => Click != null;
    public void Raise(string what)
    {
        Console.WriteLine("raise " + what);
        Click?.Invoke(this, what);
    }
}
