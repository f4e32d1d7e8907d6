// unbounded recursion (with a large struct parameter, to overflow quickly): the process dies with
// "Stack overflow." on stderr; catch blocks and finally blocks do not run; output written before
// is kept
Console.WriteLine("start");
try { Recurse(0, new Big()); }
catch (Exception e) { Console.WriteLine("WRONG caught " + e.GetType().Name); }
finally { Console.WriteLine("WRONG finally"); }
static long Recurse(int n, Big b)
{
    b.A0 = n;
    return Recurse(n + 1, b) + b.A63;
}
struct Big { public long A0; public long A1; public long A2; public long A3; public long A4; public long A5; public long A6; public long A7; public long A8; public long A9; public long A10; public long A11; public long A12; public long A13; public long A14; public long A15; public long A16; public long A17; public long A18; public long A19; public long A20; public long A21; public long A22; public long A23; public long A24; public long A25; public long A26; public long A27; public long A28; public long A29; public long A30; public long A31; public long A32; public long A33; public long A34; public long A35; public long A36; public long A37; public long A38; public long A39; public long A40; public long A41; public long A42; public long A43; public long A44; public long A45; public long A46; public long A47; public long A48; public long A49; public long A50; public long A51; public long A52; public long A53; public long A54; public long A55; public long A56; public long A57; public long A58; public long A59; public long A60; public long A61; public long A62; public long A63; }
