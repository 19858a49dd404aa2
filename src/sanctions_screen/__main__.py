from sanctions_screen.cli import main

raise SystemExit(main())
