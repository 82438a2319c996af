import {Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, signal, viewChild} from '@angular/core';
import type {CareerWidgetEventDetail} from 'career-widgets';
import 'career-widgets/career-profile.js';

@Component({
  selector: 'app-root',
  // Angular leaves attributes of elements it does not know to them; their events are typed still.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <career-profile #profile [career]="career()" lang="is" sections="overview wages" (career-widget-load)="onLoad($event)"></career-profile>
    <p>{{ loaded() }}</p>
    <button type="button" (click)="career.set('registered-nurse')">Registered nurses</button>
  `,
})
export class AppComponent {
  readonly career = signal('customer-service-representative');
  readonly loaded = signal('');
  readonly profile = viewChild.required<ElementRef<HTMLElementTagNameMap['career-profile']>>('profile');

  onLoad(event: CustomEvent<CareerWidgetEventDetail>) {
    this.loaded.set(event.detail.title ?? '');
  }

  wrongTheme() {
    // @ts-expect-error theme is light or dark
    this.profile().nativeElement.theme = 'blue';
  }
}
