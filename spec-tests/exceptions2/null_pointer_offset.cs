// unsafe
// minimal: a write and a read through a null pointer plus a small offset (p[100]) raise
// NullReferenceException (the first page is never mapped); they must not reach memory
static void T(string what, Action a)
{
    try { a(); Console.WriteLine(what + ": no exception"); }
    catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().FullName); }
}
unsafe
{
    T("write p[100]", () => { int* p = null; p[100] = 7; });
    T("read p[100]", () => { int* p = null; Console.WriteLine(p[100]); });
}
