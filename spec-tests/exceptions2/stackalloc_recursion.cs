// minimal: unbounded recursion where each frame stackallocs 16 KB: .NET overflows its stack
// ("Stack overflow.", exit 134); catch and finally blocks do not run
Console.WriteLine("start");
try { Recurse(0); }
catch (Exception e) { Console.WriteLine("WRONG caught " + e.GetType().Name); }
finally { Console.WriteLine("WRONG finally"); }
static int Recurse(int n)
{
    Span<byte> buf = stackalloc byte[16384];
    buf[n & 1023] = (byte)n;
    return Recurse(n + 1) + buf[0];
}
