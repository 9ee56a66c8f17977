from privguard.cli import main

raise SystemExit(main())
